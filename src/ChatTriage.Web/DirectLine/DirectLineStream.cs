using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.DirectLine;

/// <summary>
/// The WebSocket a resident's Web Chat listens on. The URL carries a single-use stream token (a WebSocket has no
/// Authorization header). On open it replays everything after the watermark, then pushes each new activity as an
/// ActivitySet, sends empty keep-alive frames and ignores the client's empty pings.
/// </summary>
public sealed class DirectLineStream(
    DirectLineTokens tokens,
    IDirectLineStore store,
    IDirectLineNotifier notifier,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineStream> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http, string conversationId)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This address only accepts WebSocket connections.");
        }

        if (!OriginAllowed(http.Request))
        {
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "OriginNotAllowed", "This origin may not open the stream.");
        }

        var check = tokens.UseStreamToken(http.Request.Query["t"].ToString());
        if (!check.IsValid)
        {
            return DirectLineErrors.For(check.Status);
        }

        var conversation = await store.FindConversationAsync(conversationId, http.RequestAborted);
        if (check.ConversationId != conversationId || conversation is null || conversation.UserId != check.UserId)
        {
            return DirectLineErrors.NotFound();
        }

        DirectLineAccess.TryParseWatermark(http.Request.Query["watermark"].ToString(), out var watermark);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        await PumpAsync(socket, conversationId, watermark, stopping);
        return Results.Empty;
    }

    private async Task PumpAsync(WebSocket socket, string conversationId, long watermark, CancellationTokenSource stopping)
    {
        var signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var subscription = notifier.Subscribe(conversationId, () => signal.Writer.TryWrite(true));
        signal.Writer.TryWrite(true);
        var receiving = ReceiveUntilClosedAsync(socket, stopping);
        var keepAlive = TimeSpan.FromSeconds(Math.Max(1, options.Value.KeepAliveSeconds));
        try
        {
            while (!stopping.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                idle.CancelAfter(keepAlive);
                bool signalled;
                try
                {
                    signalled = await signal.Reader.WaitToReadAsync(idle.Token);
                    signal.Reader.TryRead(out _);
                }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    signalled = false;
                }

                if (!signalled)
                {
                    await socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, true, stopping.Token);
                    continue;
                }

                var entries = await store.ReadAfterAsync(conversationId, watermark, stopping.Token);
                if (entries.Count == 0)
                {
                    continue;
                }

                var frame = Encoding.UTF8.GetBytes(ActivitySet.Serialize(entries, watermark));
                await socket.SendAsync(frame, WebSocketMessageType.Text, true, stopping.Token);
                watermark = entries[^1].Sequence;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug("Direct Line stream ended: {Reason}", ex.GetType().Name);
        }
        finally
        {
            await stopping.CancelAsync();
            await receiving;
            await CloseQuietlyAsync(socket);
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Already gone.
        }
    }

    /// <summary>Reads and discards client frames (directlinejs sends empty pings); ends the pump when the client closes.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stopping)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stopping.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The pump's own close or an abrupt disconnect: nothing to do.
        }
        finally
        {
            await stopping.CancelAsync();
        }
    }

    private bool OriginAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return options.Value.AllowedOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
    }
}
