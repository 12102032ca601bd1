using System.Net;
using ChatTriage.Web.DirectLine;
using ChatTriage.Web.WebChat;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Tests.DirectLine;

public sealed class AzureDirectLineTokenSourceTests
{
    [Fact]
    public async Task TheSecretIsExchangedForAConversationTokenWithAzure()
    {
        var handler = new FakeHandler(HttpStatusCode.OK, """{"conversationId":"az-conv","token":"az-token","expires_in":1800}""");
        var source = new AzureDirectLineTokenSource(new HttpClient(handler), Options.Create(new DirectLineOptions { Secret = "the-secret" }));

        var token = await source.CreateAsync(CancellationToken.None);

        Assert.Equal(new TokenResponse("az-conv", "az-token", 1800), token);
        Assert.Equal(HttpMethod.Post, handler.Request!.Method);
        Assert.Equal("https://directline.botframework.com/v3/directline/tokens/generate", handler.Request.RequestUri!.ToString());
        Assert.Equal("Bearer the-secret", handler.Request.Headers.Authorization!.ToString());
        Assert.Contains("\"id\":\"dl_", handler.Body, StringComparison.Ordinal);
        Assert.False(source.SelfHosted);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "{}")]
    [InlineData(HttpStatusCode.OK, "{}")]
    public async Task AzureRefusingOrAnsweringWithoutATokenIsAnError(HttpStatusCode status, string body)
    {
        var source = new AzureDirectLineTokenSource(new HttpClient(new FakeHandler(status, body)), Options.Create(new DirectLineOptions { Secret = "s" }));

        await Assert.ThrowsAsync<HttpRequestException>(() => source.CreateAsync(CancellationToken.None));
    }

    private sealed class FakeHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        public string Body { get; private set; } = string.Empty;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        }
    }
}
