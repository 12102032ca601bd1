using System.Net;
using System.Text.Json.Nodes;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>Tokens, isolation between residents and bad input: every refusal is a clear 4xx, never a crash.</summary>
public sealed class DirectLineGuardTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    private DirectLineClient NewClient() => new(server.Http());

    [Fact]
    public async Task TwoResidentsAtOnceNeverSeeEachOthersMessages()
    {
        var alice = NewClient();
        var bob = NewClient();
        await Task.WhenAll(alice.StartAsync(), bob.StartAsync());

        await Task.WhenAll(
            Task.WhenAll(Enumerable.Range(0, 3).Select(i => alice.PostMessageAsync($"alice {i}"))),
            Task.WhenAll(Enumerable.Range(0, 3).Select(i => bob.PostMessageAsync($"bob {i}"))));
        var aliceSees = await alice.WaitForActivitiesAsync(a => a.Count >= 7);
        var bobSees = await bob.WaitForActivitiesAsync(a => a.Count >= 7);

        Assert.DoesNotContain(aliceSees, a => DirectLineClient.TextOf(a).Contains("bob", StringComparison.Ordinal));
        Assert.DoesNotContain(bobSees, a => DirectLineClient.TextOf(a).Contains("alice", StringComparison.Ordinal));
        Assert.All(aliceSees, a => Assert.Equal(alice.ConversationId, a!["conversation"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ATokenNeverOpensAnotherConversation()
    {
        var alice = NewClient();
        var bob = NewClient();
        await alice.StartAsync();
        await bob.StartAsync();

        using var read = await alice.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{bob.ConversationId}/activities");
        using var post = await alice.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{bob.ConversationId}/activities", DirectLineClient.Message("hi"));
        using var reconnect = await alice.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{bob.ConversationId}");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task NoTokenIs401AForgedTokenIs403AndAnUnknownConversationIs404()
    {
        var client = NewClient();
        await client.StartAsync();
        var forged = client.Token[..^4] + (client.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var path = $"/v3/directline/conversations/{client.ConversationId}/activities";

        using var none = await client.Http.GetAsync(path);
        using var bad = await client.SendAsync(HttpMethod.Get, path, token: forged);
        using var garbage = await client.SendAsync(HttpMethod.Get, path, token: "not-a-token");
        using var unknown = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/unknown/activities");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("TokenInvalid", (await DirectLineClient.ReadJsonAsync(bad))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefreshGivesANewTokenForTheSameConversation()
    {
        var client = NewClient();
        await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var body = await DirectLineClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(client.ConversationId, body["conversationId"]!.GetValue<string>());
        var fresh = body["token"]!.GetValue<string>();
        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: fresh);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("invoke")]
    [InlineData("endOfConversation")]
    [InlineData("")]
    public async Task OnlyMessageTypingAndEventCanBePosted(string type)
    {
        var client = NewClient();
        await client.StartAsync();
        var activity = DirectLineClient.Message("x");
        activity["type"] = type;

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"message\",\"text\":{\"a\":1}}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday-ish\"}")]
    public async Task MalformedActivitiesGetA400(string body)
    {
        var client = NewClient();
        await client.StartAsync();

        using var response = await client.SendRawAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AMessageOverTenThousandCharactersGets413AndIsNotLogged()
    {
        var client = NewClient();
        await client.StartAsync();

        using var response = await client.PostMessageAsync(new string('a', 10_001));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var activities = (await client.GetActivitiesAsync())["activities"]!.AsArray();
        Assert.DoesNotContain(activities, a => DirectLineClient.TextOf(a).Length > 10_000);
    }

    [Fact]
    public async Task UploadsAreRefusedWithAClearMessage()
    {
        var client = NewClient();
        await client.StartAsync();

        using var response = await client.SendRawAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=x", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not supported", (await DirectLineClient.ReadJsonAsync(response))["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFloodOfPostsFromOneTokenGets429()
    {
        var client = NewClient();
        await client.StartAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", new JsonObject { ["type"] = "typing" });
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task ABotThatThrowsGetsTheApologyWithThe999LineAndTheChannelKeepsWorking()
    {
        var client = NewClient();
        await client.StartAsync();

        using var failed = await client.PostMessageAsync("test-fail");
        using var next = await client.PostMessageAsync("still there?");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        await client.WaitForActivitiesAsync(a => a.Any(x => (DirectLineClient.TextOf(x) ?? "").Contains("call 999", StringComparison.Ordinal)));
        await client.WaitForActivitiesAsync(a => a.Any(x => DirectLineClient.TextOf(x) == "You said: still there?"));
    }
}
