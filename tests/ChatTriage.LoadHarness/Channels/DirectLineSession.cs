using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using ChatTriage.LoadHarness.Options;

namespace ChatTriage.LoadHarness.Channels;

/// <summary>
/// One resident's Web Chat over Direct Line: gets a token, starts the conversation, listens on the WebSocket and
/// posts messages. A turn is over when a bot reply to the posted activity (same replyToId) has an expected keyword.
/// </summary>
public sealed class DirectLineSession(DirectLineClient client) : IChatSession
{
    private readonly List<BotReply> received = [];
    private readonly Lock gate = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly CancellationTokenSource closing = new();
    private ClientWebSocket? socket;
    private Task receiving = Task.CompletedTask;
    private string? conversationId;
    private string? token;
    private int posted;

    /// <summary>True while the stream is open and the server has not closed it.</summary>
    public bool IsOpen => socket?.State == WebSocketState.Open && !receiving.IsCompleted;

    public async Task<TurnReplies> StartAsync(ReplyExpectation expected, CancellationToken cancellationToken)
    {
        using (var issued = await client.SendAsync(HttpMethod.Post, "api/webchat/token", null, null, "token", cancellationToken))
        {
            token = ActivityReader.String(issued.RootElement, "token") ?? throw new TurnFailedException("token-bad-json", "no token in the answer");
        }

        string streamUrl;
        using (var started = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token, """{"locale":"en-GB"}""", "start", cancellationToken))
        {
            var root = started.RootElement;
            conversationId = ActivityReader.String(root, "conversationId") ?? throw new TurnFailedException("start-bad-json", "no conversationId");
            token = ActivityReader.String(root, "token") ?? token;
            streamUrl = ActivityReader.String(root, "streamUrl") ?? throw new TurnFailedException("start-bad-json", "no streamUrl");
        }

        Uri stream;
        try
        {
            stream = HarnessOptions.Loopback(streamUrl.Replace("ws://", "http://", StringComparison.Ordinal), "streamUrl");
        }
        catch (ArgumentException ex)
        {
            throw new TurnFailedException("stream-not-loopback", ex.Message);
        }

        socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(client.Timeout);
            await socket.ConnectAsync(new Uri(streamUrl), connectTimeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new TurnFailedException("stream-connect", $"{stream.AbsolutePath}: {ex.Message}");
        }

        receiving = ReceiveAsync(socket, closing.Token);
        return await WaitAsync("(conversation start)", null, expected, cancellationToken);
    }

    public async Task<TurnReplies> SendAsync(string text, ReplyExpectation expected, CancellationToken cancellationToken)
    {
        if (conversationId is null)
        {
            throw new InvalidOperationException("Start the session first.");
        }

        var clientId = "lh-" + Interlocked.Increment(ref posted).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            from = new { id = "r_loadharness", role = "user" },
            text,
            textFormat = "plain",
            locale = "en-GB",
            channelData = new { clientActivityID = clientId },
        });
        string id;
        using (var answer = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities", token, body, "post", cancellationToken))
        {
            id = ActivityReader.String(answer.RootElement, "id") ?? throw new TurnFailedException("post-bad-json", "no id in the answer");
        }

        return await WaitAsync(text, id, expected, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (socket is { State: WebSocketState.Open })
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
        }

        await closing.CancelAsync();
        await receiving;
        socket?.Dispose();
        closing.Dispose();
        arrived.Dispose();
    }

    private async Task<TurnReplies> WaitAsync(string said, string? replyToId, ReplyExpectation expected, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(client.Timeout);
        var seen = 0;
        var mine = new List<BotReply>();
        while (true)
        {
            lock (gate)
            {
                for (; seen < received.Count; seen++)
                {
                    var reply = received[seen];
                    if (reply.ReplyToId != replyToId)
                    {
                        continue;
                    }

                    mine.Add(reply);
                    if (expected.Match(reply) is { } matched)
                    {
                        return new TurnReplies(mine, matched);
                    }
                }
            }

            if (receiving.IsCompleted && socket is not null)
            {
                throw new TurnFailedException("stream-closed", $"the stream closed while waiting after '{said}' for {expected}; got: {TurnFailedException.Describe(mine)}");
            }

            try
            {
                await arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TurnFailedException("reply-timeout", $"after '{said}' no reply with {expected} within {client.Timeout.TotalSeconds:0} s; got: {TurnFailedException.Describe(mine)}");
            }
        }
    }

    private async Task ReceiveAsync(ClientWebSocket ws, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (ws.State == WebSocketState.Open)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await ws.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (buffer.WrittenCount == 0)
                {
                    continue; // keep-alive
                }

                List<BotReply> replies;
                try
                {
                    using var document = JsonDocument.Parse(buffer.WrittenMemory);
                    replies = ActivityReader.Read(document.RootElement, a =>
                        a.TryGetProperty("from", out var from) && ActivityReader.String(from, "role") == "bot");
                }
                catch (Exception ex) when (ex is JsonException or TurnFailedException)
                {
                    replies = [new BotReply("(unreadable stream frame: " + ex.Message + ")", false, "(bad frame)")];
                }

                if (replies.Count > 0)
                {
                    lock (gate)
                    {
                        received.AddRange(replies);
                    }

                    arrived.Release();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed by us or by the server; waiters see the receive loop has ended.
        }
        finally
        {
            try
            {
                arrived.Release();
            }
            catch (ObjectDisposedException)
            {
                // Disposed during shutdown.
            }
        }
    }
}
