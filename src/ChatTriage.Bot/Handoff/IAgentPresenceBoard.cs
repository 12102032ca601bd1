namespace ChatTriage.Bot.Handoff;

/// <summary>
/// Who has the agent console open, shared by all instances: each instance publishes its own agents every few seconds,
/// and an instance that stops publishing drops off once its entries are older than the reader's cut-off.
/// </summary>
public interface IAgentPresenceBoard
{
    /// <summary>Replaces what <paramref name="instanceId"/> published before with <paramref name="agents"/>, seen at <paramref name="now"/>.</summary>
    Task PublishAsync(string instanceId, IReadOnlyList<PresentAgent> agents, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Agents published by any instance at or after <paramref name="seenSince"/>, each once.</summary>
    Task<IReadOnlyList<PresentAgent>> ListAsync(DateTimeOffset seenSince, CancellationToken cancellationToken = default);

    /// <summary>Removes what <paramref name="instanceId"/> published (it is stopping).</summary>
    Task RemoveInstanceAsync(string instanceId, CancellationToken cancellationToken = default);
}
