using ChatTriage.Bot.Feedback;

namespace ChatTriage.Bot.Tests.Support;

/// <summary>A list-backed feedback store for conversation tests.</summary>
public sealed class FakeFeedbackStore : IFeedbackStore
{
    public List<FeedbackEntry> Entries { get; } = [];

    public Task SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FeedbackEntry>>(Entries.Where(e => e.At >= since).ToList());

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        Task.FromResult(Entries.RemoveAll(e => e.At < before));
}
