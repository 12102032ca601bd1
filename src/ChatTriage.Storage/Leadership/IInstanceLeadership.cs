namespace ChatTriage.Storage.Leadership;

/// <summary>
/// Which app instance leads: work that must happen once however many instances run (the handoff queue monitor's
/// messages to residents) is done only by the leader. At most one instance leads at a time; when the leader stops or
/// loses its database connection, another takes over at its next check.
/// </summary>
public interface IInstanceLeadership
{
    /// <summary>
    /// Whether this instance leads now: takes the lead when nobody holds it, and checks that a lead held is still held.
    /// Never throws for a database fault (that is "not leading"; the next call tries again).
    /// </summary>
    ValueTask<bool> IsLeaderAsync(CancellationToken cancellationToken = default);
}
