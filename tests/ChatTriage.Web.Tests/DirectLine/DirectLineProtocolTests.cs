using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using ChatTriage.Web.DirectLine;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>The Direct Line 3.0 endpoints on a real Kestrel server, as directlinejs calls them.</summary>
public sealed class DirectLineProtocolTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    private DirectLineClient NewClient() => new(server.Http());

    [Fact]
    public async Task StartingANewConversationAnswers201WithTokenAndAbsoluteWebSocketUrl()
    {
        var client = NewClient();
        var start = await client.StartAsync();

        Assert.Equal(201, start["status"]!.GetValue<int>());
        Assert.Equal(client.ConversationId, start["conversationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(start["token"]!.GetValue<string>()));
        Assert.Equal(1800, start["expires_in"]!.GetValue<int>());
        var streamUrl = new Uri(start["streamUrl"]!.GetValue<string>());
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Contains("t=", streamUrl.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartingTheSameConversationAgainAnswers200AndDoesNotGreetTwice()
    {
        var client = NewClient();
        await client.StartAsync();
        using var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JsonObject());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var activities = await client.WaitForActivitiesAsync(a => a.Count >= 1);
        Assert.Single(activities, a => DirectLineClient.TextOf(a) == TestBot.Greeting);
    }

    [Fact]
    public async Task TheBotGreetsANewConversationWithABotRoleActivityInAzureIdShape()
    {
        var client = NewClient();
        await client.StartAsync();

        var activities = await client.WaitForActivitiesAsync(a => a.Count >= 1);
        var greeting = activities[0]!;
        Assert.Equal(TestBot.Greeting, DirectLineClient.TextOf(greeting));
        Assert.Equal($"{client.ConversationId}|0000001", greeting["id"]!.GetValue<string>());
        Assert.Equal("bot", greeting["from"]!["role"]!.GetValue<string>());
        Assert.Equal("directline", greeting["channelId"]!.GetValue<string>());
        Assert.Equal(client.ConversationId, greeting["conversation"]!["id"]!.GetValue<string>());
        Assert.NotNull(greeting["timestamp"]);
    }

    [Fact]
    public async Task APostedMessageIsEchoedWithItsChannelDataAndServerIdentityThenAnswered()
    {
        var client = NewClient();
        await client.StartAsync();
        var message = DirectLineClient.Message("hello", "client-1");
        message["from"] = new JsonObject { ["id"] = "dl_someone_else", ["role"] = "bot" };
        message["channelData"]!["postBack"] = true;

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await DirectLineClient.ReadJsonAsync(response))["id"]!.GetValue<string>();
        var activities = await client.WaitForActivitiesAsync(a => a.Count >= 3);
        var echo = activities.Single(a => a!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.True(echo["channelData"]!["postBack"]!.GetValue<bool>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.StartsWith("dl_", echo["from"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        var reply = activities.Single(a => DirectLineClient.TextOf(a) == "You said: hello")!;
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task TimestampsRiseAndIdsCountUpInLogOrder()
    {
        var client = NewClient();
        await client.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostMessageAsync($"m{i}")).EnsureSuccessStatusCode();
        }

        var activities = await client.WaitForActivitiesAsync(a => a.Count >= 7);
        var stamps = activities.Select(a => DateTimeOffset.Parse(a!["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var i = 1; i < stamps.Count; i++)
        {
            Assert.True(stamps[i] > stamps[i - 1], $"timestamp {i} does not rise");
            Assert.Equal($"{client.ConversationId}|{i + 1:D7}", activities[i]!["id"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("", 3, "3")]
    [InlineData("1", 2, "3")]
    [InlineData("2", 1, "3")]
    [InlineData("3", 0, "3")]
    [InlineData("99", 0, "99")]
    [InlineData("nonsense", 3, "3")]
    public async Task PollingReturnsOnlyActivitiesAfterTheWatermarkWithAStringWatermark(string watermark, int expectedCount, string expectedWatermark)
    {
        var client = NewClient();
        await client.StartAsync();
        await client.PostMessageAsync("x");
        await client.WaitForActivitiesAsync(a => a.Count >= 3); // greeting (1), echo (2), reply (3)

        var set = await client.GetActivitiesAsync(watermark);

        Assert.Equal(expectedCount, set["activities"]!.AsArray().Count);
        Assert.Equal(System.Text.Json.JsonValueKind.String, set["watermark"]!.GetValueKind());
        Assert.Equal(expectedWatermark, set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task PollingAnEmptyTailStillAnswersAnArrayAndKeepsTheWatermark()
    {
        var client = NewClient();
        await client.StartAsync();
        await client.WaitForActivitiesAsync(a => a.Count >= 1);

        var set = await client.GetActivitiesAsync("1");

        Assert.Empty(set["activities"]!.AsArray());
        Assert.Equal("1", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheStreamReplaysTheWelcomeOnOpenThenPushesNewActivities()
    {
        var client = NewClient();
        var start = await client.StartAsync();
        using var socket = await DirectLineClient.OpenStreamAsync(start["streamUrl"]!.GetValue<string>());

        var first = await DirectLineClient.ReadFrameAsync(socket);
        Assert.Equal(TestBot.Greeting, DirectLineClient.TextOf(first["activities"]![0]));
        Assert.Equal("1", first["watermark"]!.GetValue<string>());

        await client.PostMessageAsync("pushed");
        var texts = new List<string>();
        while (!texts.Contains("You said: pushed"))
        {
            var frame = await DirectLineClient.ReadFrameAsync(socket);
            texts.AddRange(frame["activities"]!.AsArray().Select(DirectLineClient.TextOf));
        }

        Assert.Contains("pushed", texts);
    }

    [Fact]
    public async Task TheStreamSendsEmptyKeepAlivesAndToleratesTheClientsEmptyPings()
    {
        var client = NewClient();
        var start = await client.StartAsync();
        using var socket = await DirectLineClient.OpenStreamAsync(start["streamUrl"]!.GetValue<string>());
        await DirectLineClient.ReadFrameAsync(socket);

        await socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None);
        var keepAlive = await DirectLineClient.ReadRawFrameAsync(socket);
        await client.PostMessageAsync("after ping");
        var frame = await DirectLineClient.ReadFrameAsync(socket);

        Assert.Equal(string.Empty, keepAlive);
        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Contains("after ping", frame["activities"]!.AsArray().Select(DirectLineClient.TextOf));
    }

    [Fact]
    public async Task ReconnectingWithAWatermarkReplaysOnlyWhatCameAfterIt()
    {
        var client = NewClient();
        var start = await client.StartAsync();
        using (var socket = await DirectLineClient.OpenStreamAsync(start["streamUrl"]!.GetValue<string>()))
        {
            await DirectLineClient.ReadFrameAsync(socket);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        await client.PostMessageAsync("while away");
        await client.WaitForActivitiesAsync(a => a.Count >= 3);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=1");
        var body = await DirectLineClient.ReadJsonAsync(reconnect);
        using var again = await DirectLineClient.OpenStreamAsync(body["streamUrl"]!.GetValue<string>());
        var frame = await DirectLineClient.ReadFrameAsync(again);

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal(["while away", "You said: while away"], frame["activities"]!.AsArray().Select(DirectLineClient.TextOf).ToArray());
        Assert.Equal("3", frame["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task AStreamUrlWorksOnlyOnce()
    {
        var client = NewClient();
        var start = await client.StartAsync();
        var url = start["streamUrl"]!.GetValue<string>();
        using var first = await DirectLineClient.OpenStreamAsync(url);

        var second = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineClient.OpenStreamAsync(url));
        Assert.Contains("403", second.Message, StringComparison.Ordinal);
    }

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
    public async Task ABotThatThrowsGives502AndTheChannelKeepsWorking()
    {
        var client = NewClient();
        await client.StartAsync();

        using var failed = await client.PostMessageAsync("test-fail");
        using var next = await client.PostMessageAsync("still there?");

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        await client.WaitForActivitiesAsync(a => a.Any(x => DirectLineClient.TextOf(x) == "You said: still there?"));
    }

    [Fact]
    public async Task DelayIsWaitedAndTraceIsNotSentToTheResident()
    {
        var client = NewClient();
        await client.StartAsync();

        await client.PostMessageAsync("test-delay");
        var activities = await client.WaitForActivitiesAsync(a => a.Any(x => DirectLineClient.TextOf(x) == "after"));

        Assert.DoesNotContain(activities, a => a!["type"]!.GetValue<string>() is "trace" or "delay");
        Assert.Equal(["before", "after"], activities.Where(a => a!["from"]!["role"]!.GetValue<string>() == "bot").Skip(1).Select(DirectLineClient.TextOf).ToArray());
    }

    [Fact]
    public async Task AProactiveMessageReachesTheResidentsStream()
    {
        var client = NewClient();
        var start = await client.StartAsync();
        using var socket = await DirectLineClient.OpenStreamAsync(start["streamUrl"]!.GetValue<string>());
        await DirectLineClient.ReadFrameAsync(socket);

        await server.Service<DirectLineAdapter>().SendProactiveAsync(client.ConversationId, Microsoft.Bot.Builder.MessageFactory.Text("An officer has joined."));
        var frame = await DirectLineClient.ReadFrameAsync(socket);

        var activity = frame["activities"]![0]!;
        Assert.Equal("An officer has joined.", DirectLineClient.TextOf(activity));
        Assert.Equal("bot", activity["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheStreamUrlHonoursForwardedProtoAndHost()
    {
        var client = NewClient();
        await client.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.Token);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "chat.example.police.uk");

        using var response = await client.Http.SendAsync(request);
        var url = new Uri((await DirectLineClient.ReadJsonAsync(response))["streamUrl"]!.GetValue<string>());

        Assert.Equal("wss", url.Scheme);
        Assert.Equal("chat.example.police.uk", url.Host);
    }
}
