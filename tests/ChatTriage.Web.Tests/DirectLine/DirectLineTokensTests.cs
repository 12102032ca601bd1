using System.Text;
using ChatTriage.Web.DirectLine;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Web.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private DirectLineTokens Tokens(string key = DirectLineServer.SigningKey) =>
        new(Encoding.UTF8.GetBytes(key), new DirectLineOptions(), _clock);

    [Fact]
    public void ATokenCarriesItsConversationAndUser()
    {
        var tokens = Tokens();

        var check = tokens.Check(tokens.IssueToken("conv1", "dl_user"));

        Assert.Equal(TokenStatus.Valid, check.Status);
        Assert.Equal("conv1", check.ConversationId);
        Assert.Equal("dl_user", check.UserId);
    }

    [Fact]
    public void ATokenExpiresAfterThirtyMinutes()
    {
        var tokens = Tokens();
        var token = tokens.IssueToken("conv1", "dl_user");

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(TokenStatus.Valid, tokens.Check(token).Status);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TokenStatus.Expired, tokens.Check(token).Status);
    }

    [Fact]
    public void ATokenSignedWithAnotherKeyIsInvalid()
    {
        var token = Tokens("another-key-another-key-another-key-123").IssueToken("conv1", "dl_user");

        Assert.Equal(TokenStatus.Invalid, Tokens().Check(token).Status);
    }

    [Theory]
    [InlineData(null, TokenStatus.Missing)]
    [InlineData("", TokenStatus.Missing)]
    [InlineData("abc", TokenStatus.Invalid)]
    [InlineData("a.b.c", TokenStatus.Invalid)]
    [InlineData("eyJhbGciOiJub25lIn0.eyJjb252IjoiYyJ9.", TokenStatus.Invalid)]
    public void GarbageIsMissingOrInvalidNeverValid(string? token, TokenStatus expected)
    {
        Assert.Equal(expected, Tokens().Check(token).Status);
    }

    [Fact]
    public void AStreamTokenWorksOnceAndIsNotAConversationToken()
    {
        var tokens = Tokens();
        var stream = tokens.IssueStreamToken("conv1", "dl_user");

        Assert.Equal(TokenStatus.Invalid, tokens.Check(stream).Status);
        Assert.Equal(TokenStatus.Valid, tokens.UseStreamToken(stream).Status);
        Assert.Equal(TokenStatus.Invalid, tokens.UseStreamToken(stream).Status);
    }

    [Fact]
    public void AConversationTokenCannotOpenAStream()
    {
        var tokens = Tokens();

        Assert.Equal(TokenStatus.Invalid, tokens.UseStreamToken(tokens.IssueToken("conv1", "dl_user")).Status);
    }

    [Fact]
    public void AStreamTokenExpiresAfterAMinute()
    {
        var tokens = Tokens();
        var stream = tokens.IssueStreamToken("conv1", "dl_user");

        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(TokenStatus.Expired, tokens.UseStreamToken(stream).Status);
    }
}
