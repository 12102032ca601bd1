using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace ChatTriage.Web.DirectLine;

/// <summary>Notifies subscribers on this instance only.</summary>
public sealed class InMemoryDirectLineNotifier : IDirectLineNotifier
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action>> _subscribers = new(StringComparer.Ordinal);

    public Task NotifyAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        if (_subscribers.TryGetValue(conversationId, out var list))
        {
            foreach (var callback in list)
            {
                callback();
            }
        }

        return Task.CompletedTask;
    }

    public IDisposable Subscribe(string conversationId, Action onAppended)
    {
        _subscribers.AddOrUpdate(conversationId, _ => [onAppended], (_, list) => list.Add(onAppended));
        return new Subscription(this, conversationId, onAppended);
    }

    private void Unsubscribe(string conversationId, Action onAppended)
    {
        while (_subscribers.TryGetValue(conversationId, out var list))
        {
            var next = list.Remove(onAppended);
            var done = next.IsEmpty
                ? _subscribers.TryRemove(new KeyValuePair<string, ImmutableList<Action>>(conversationId, list))
                : _subscribers.TryUpdate(conversationId, next, list);
            if (done)
            {
                return;
            }
        }
    }

    private sealed class Subscription(InMemoryDirectLineNotifier owner, string conversationId, Action onAppended) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unsubscribe(conversationId, onAppended);
            }
        }
    }
}
