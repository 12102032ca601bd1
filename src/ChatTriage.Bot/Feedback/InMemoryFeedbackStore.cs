namespace ChatTriage.Bot.Feedback;

/// <summary>Feedback in process memory (tests, Memory provider).</summary>
public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private readonly List<FeedbackEntry> entries = [];
    private readonly Lock gate = new();

    public Task SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            entries.Add(entry);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<FeedbackEntry> list = entries.Where(e => e.At >= since).OrderBy(e => e.At).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(entries.RemoveAll(e => e.At < before));
        }
    }
}
