using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatTriage.Web.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>The page, its config, the token endpoint and the app's middleware on Direct Line; each test its own server.</summary>
public sealed partial class WebChatEndpointsTests
{
    [Fact]
    public async Task TheTokenEndpointGivesATokenBoundToANewConversationAndADlUser()
    {
        await using var server = new DirectLineServer();
        var http = server.Http();

        var body = await DirectLineClient.ReadJsonAsync(await http.PostAsync("/api/webchat/token", null));

        var token = body["token"]!.GetValue<string>();
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        var payload = JsonNode.Parse(Base64UrlDecode(token.Split('.')[1]))!;
        Assert.Equal(body["conversationId"]!.GetValue<string>(), payload["conv"]!.GetValue<string>());
        Assert.StartsWith("dl_", payload["user"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartingTooManyChatsFromOneAddressGets429()
    {
        await using var server = new DirectLineServer().With("WebChat:TokenRequestsPerMinute", "2");
        var http = server.Http();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("/api/webchat/token", null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ThePageHasAStrictPolicyWithAFreshNonceAndThe999Line()
    {
        await using var server = new DirectLineServer();
        var http = server.Http();

        using var first = await http.GetAsync("/");
        using var second = await http.GetAsync("/");
        var html = await first.Content.ReadAsStringAsync();
        var policy = first.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var nonce = NonceInPolicy().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<meta name=\"csp-nonce\" content=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.NotEqual(policy, second.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("In an emergency call 999", html, StringComparison.Ordinal);
        Assert.Contains("Testshire Constabulary", html, StringComparison.Ordinal);
        Assert.Contains("--force-colour: #1d4f91", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AColourThatIsNotAHexColourCannotInjectCss()
    {
        await using var server = new DirectLineServer().With("Force:PrimaryColour", "red;} body{display:none");

        var html = await server.Http().GetStringAsync("/");

        Assert.Contains("--force-colour: #00205b", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfigCarriesTheTextsFromThePageFileAndTheSelfHostedDomain()
    {
        await using var server = new DirectLineServer();

        var config = await server.Http().GetFromJsonAsync<JsonObject>("/api/webchat/config");

        Assert.Equal("/v3/directline", config!["domain"]!.GetValue<string>());
        Assert.Equal("Testshire Constabulary", config["forceName"]!.GetValue<string>());
        Assert.Equal("In an emergency call 999", config["texts"]!["emergency_line"]!.GetValue<string>());
        Assert.Equal(server.Service<PageTexts>().LeaveSite, config["texts"]!["leave_site"]!.GetValue<string>());
    }

    [Fact]
    public async Task InAzureModeTheTokenComesFromAzureAndThePageTalksToAzure()
    {
        await using var server = new DirectLineServer().With("DirectLine:Secret", "azure-secret");
        server.ExtraServices = services => services.AddHttpClient<AzureDirectLineTokenSource>()
            .ConfigurePrimaryHttpMessageHandler(() => new AzureStub());
        var http = server.Http();

        var token = await DirectLineClient.ReadJsonAsync(await http.PostAsync("/api/webchat/token", null));
        var config = await http.GetFromJsonAsync<JsonObject>("/api/webchat/config");
        using var page = await http.GetAsync("/");

        Assert.Equal("from-azure", token["token"]!.GetValue<string>());
        Assert.Null(config!["domain"]);
        Assert.Contains("https://directline.botframework.com", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAppsBotMiddlewareRunsOnDirectLineTurns()
    {
        await using var server = new DirectLineServer();
        server.ExtraServices = services => services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, InterceptingMiddleware>();
        var client = new DirectLineClient(server.Http());
        await client.StartAsync();

        await client.PostMessageAsync(InterceptingMiddleware.Cue);
        var activities = await client.WaitForActivitiesAsync(a => a.Count >= 3);

        Assert.Contains(activities, a => DirectLineClient.TextOf(a) == InterceptingMiddleware.Reply);
        Assert.DoesNotContain(activities, a => DirectLineClient.TextOf(a) == $"You said: {InterceptingMiddleware.Cue}");
    }

    [Fact]
    public async Task PollingWhileTheStoreFailsAnswersAnEmptyArrayNotA5xx()
    {
        await using var server = new DirectLineServer();
        server.ExtraServices = services => services.AddSingleton<ChatTriage.Web.DirectLine.IDirectLineStore, FailingReadStore>();
        var client = new DirectLineClient(server.Http());
        await client.StartAsync();

        var set = await client.GetActivitiesAsync("2");

        Assert.Empty(set["activities"]!.AsArray());
        Assert.Equal("2", set["watermark"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/embed.js", "text/javascript")]
    [InlineData("/embed-example.html", "text/html")]
    [InlineData("/js/chat.js", "text/javascript")]
    [InlineData("/css/chat.css", "text/css")]
    [InlineData("/lib/botframework-webchat/webchat.js", "text/javascript")]
    [InlineData("/lib/botframework-webchat/LICENSE.txt", "text/plain")]
    public async Task TheFrontEndFilesAreServedFromThisHost(string path, string mediaType)
    {
        await using var server = new DirectLineServer();

        using var response = await server.Http().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    private static string Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    private sealed class AzureStub : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"conversationId":"c","token":"from-azure","expires_in":1800}""", Encoding.UTF8, "application/json"),
            });
    }
}
