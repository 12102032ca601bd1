namespace ChatTriage.Web.DirectLine;

/// <summary>
/// Tells the WebSocket subscribers of a conversation that its log grew, so they read and push what is new.
/// In memory for one instance; a Redis implementation can carry the signal between instances.
/// </summary>
public interface IDirectLineNotifier
{
    Task NotifyAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="onAppended"/> after each notification until the result is disposed.</summary>
    IDisposable Subscribe(string conversationId, Action onAppended);
}
