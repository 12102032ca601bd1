using System.Net;
using System.Text;
using ChatTriage.Web.DirectLine;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>Expired tokens against the running server (signed with its key, issued 31 minutes ago).</summary>
public sealed class DirectLineTokenLifetimeTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    [Fact]
    public async Task AnExpiredTokenGets403TokenExpiredEverywhere()
    {
        var client = new DirectLineClient(server.Http());
        await client.StartAsync();
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-31));
        var conversation = await server.Service<IDirectLineStore>().FindConversationAsync(client.ConversationId);
        var expired = new DirectLineTokens(Encoding.UTF8.GetBytes(DirectLineServer.SigningKey), new DirectLineOptions(), past)
            .IssueToken(client.ConversationId, conversation!.UserId);

        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: expired);
        using var post = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", DirectLineClient.Message("hi"), expired);
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token: expired);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineClient.ReadJsonAsync(refresh))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATokenForAUserOtherThanTheConversationsIsRefused()
    {
        var client = new DirectLineClient(server.Http());
        await client.StartAsync();
        var impostor = new DirectLineTokens(Encoding.UTF8.GetBytes(DirectLineServer.SigningKey), new DirectLineOptions(), TimeProvider.System)
            .IssueToken(client.ConversationId, "dl_impostor");

        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: impostor);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }
}
