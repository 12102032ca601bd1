namespace ChatTriage.Bot.Handoff;

/// <summary>
/// The queue of conversations waiting for, or talking with, a human contact-centre agent.
/// Implementations: in memory (tests, Memory provider), SQLite, PostgreSQL (ChatTriage.Storage).
/// </summary>
public interface IHandoffQueue
{
    /// <summary>Puts a conversation in the queue; if it already has an open ticket, returns that one.</summary>
    Task<HandoffTicket> EnqueueAsync(HandoffRequest request, CancellationToken cancellationToken = default);

    /// <summary>The open (waiting or assigned) ticket of a conversation, if any.</summary>
    Task<HandoffTicket?> FindOpenAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>A ticket by id, whatever its status.</summary>
    Task<HandoffTicket?> GetAsync(string ticketId, CancellationToken cancellationToken = default);

    /// <summary>Waiting tickets, urgent first, then oldest first.</summary>
    Task<IReadOnlyList<HandoffTicket>> ListWaitingAsync(CancellationToken cancellationToken = default);

    /// <summary>Assigned tickets; all of them, or one agent's when <paramref name="agentId"/> is given.</summary>
    Task<IReadOnlyList<HandoffTicket>> ListAssignedAsync(string? agentId = null, CancellationToken cancellationToken = default);

    /// <summary>1-based place of a waiting conversation in the queue order; null when it is not waiting.</summary>
    Task<int?> PositionAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Flags the open ticket of a conversation urgent (moves it to the top). False when it has no open ticket.</summary>
    Task<bool> MarkUrgentAsync(string conversationId, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Assigns a waiting ticket to an agent, atomically: exactly one of two agents accepting at once wins.
    /// Fails when the ticket is no longer waiting or the agent already has <paramref name="maxConcurrent"/> chats.
    /// </summary>
    Task<AcceptResult> TryAcceptAsync(string ticketId, string agentId, string agentDisplayName, int maxConcurrent, CancellationToken cancellationToken = default);

    /// <summary>Moves an assigned ticket to another agent, or back to waiting when <paramref name="toAgentId"/> is null.</summary>
    Task<HandoffTicket?> TransferAsync(string ticketId, string? toAgentId, string? toAgentDisplayName, CancellationToken cancellationToken = default);

    /// <summary>Ends a ticket with a status (closed by an agent, left by the resident, expired) and an outcome code.</summary>
    Task<HandoffTicket?> EndAsync(string ticketId, HandoffStatus status, string? outcome, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends a ticket only if it is still open (only if still waiting when <paramref name="onlyWhileWaiting"/> is set), in one
    /// atomic step, and returns the ended ticket; null when it was not open (another caller, perhaps on another instance,
    /// ended or accepted it first) or does not exist. Of several callers at once, exactly one gets the ticket, so only
    /// that one goes on to act on the ending (a written report, a message to the resident).
    /// </summary>
    Task<HandoffTicket?> EndIfOpenAsync(string ticketId, HandoffStatus status, string? outcome, bool onlyWhileWaiting = false, CancellationToken cancellationToken = default);

    /// <summary>Tickets created since a moment (supervisor figures).</summary>
    Task<IReadOnlyList<HandoffTicket>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
