using System.Net;
using System.Text.Json.Nodes;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>The Direct Line 3.0 REST endpoints on a real Kestrel server, as directlinejs calls them.</summary>
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
    public async Task DelayIsWaitedAndTraceIsNotSentToTheResident()
    {
        var client = NewClient();
        await client.StartAsync();

        await client.PostMessageAsync("test-delay");
        var activities = await client.WaitForActivitiesAsync(a => a.Any(x => DirectLineClient.TextOf(x) == "after"));

        Assert.DoesNotContain(activities, a => a!["type"]!.GetValue<string>() is "trace" or "delay");
        Assert.Equal(["before", "after"], activities.Where(a => a!["from"]!["role"]!.GetValue<string>() == "bot").Skip(1).Select(DirectLineClient.TextOf).ToArray());
    }
}
