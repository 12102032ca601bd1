namespace ChatTriage.Bot.Feedback;

/// <summary>Residents' answers to "Was this helpful?".</summary>
public interface IFeedbackStore
{
    Task SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FeedbackEntry>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
