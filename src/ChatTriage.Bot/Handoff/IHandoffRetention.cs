namespace ChatTriage.Bot.Handoff;

/// <summary>
/// Deletes handoff tickets that ended long ago (retention): their summaries and details are personal data.
/// Kept apart from <see cref="IHandoffQueue"/> so that queue fakes need not implement it.
/// </summary>
public interface IHandoffRetention
{
    /// <summary>Deletes tickets that ended before the cut-off; open tickets are never deleted. Returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken = default);
}
