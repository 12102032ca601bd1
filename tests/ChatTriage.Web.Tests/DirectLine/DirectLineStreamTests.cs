using System.Net;
using System.Net.WebSockets;
using ChatTriage.Web.DirectLine;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>The WebSocket stream, reconnects and messages the bot sends outside a turn.</summary>
public sealed class DirectLineStreamTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    private DirectLineClient NewClient() => new(server.Http());

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
    public async Task ResumingAConversationThatWasNeverStartedStillGreetsOnce()
    {
        var client = NewClient();
        var token = await DirectLineClient.ReadJsonAsync(await client.Http.PostAsync("/api/webchat/token", null));
        var conversationId = token["conversationId"]!.GetValue<string>();
        var bearer = token["token"]!.GetValue<string>();

        using var first = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=", token: bearer);
        using var second = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=", token: bearer);
        using var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token: bearer);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var activities = (await DirectLineClient.ReadJsonAsync(poll))["activities"]!.AsArray();
        Assert.Single(activities, a => DirectLineClient.TextOf(a) == TestBot.Greeting);
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
    public async Task ABotCanContinueAConversationFromASavedReference()
    {
        var client = NewClient();
        await client.StartAsync();
        var adapter = server.Service<DirectLineAdapter>();
        var conversation = await server.Service<IDirectLineStore>().FindConversationAsync(client.ConversationId);
        var reference = adapter.ReferenceFor(conversation!);

        await adapter.ContinueConversationAsync(
            new System.Security.Claims.ClaimsIdentity(),
            reference,
            (context, ct) => context.SendActivityAsync("Your report reference is AB123.", cancellationToken: ct),
            CancellationToken.None);

        var activities = await client.WaitForActivitiesAsync(a => a.Any(x => DirectLineClient.TextOf(x) == "Your report reference is AB123."));
        Assert.Equal("bot", activities[^1]!["from"]!["role"]!.GetValue<string>());
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
