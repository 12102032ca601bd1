using ChatTriage.Bot.Handoff;

namespace ChatTriage.Bot.Tests.Support;

/// <summary>A list-backed handoff queue with the parts the bot and the 999 interrupt use: enqueue, find, list waiting, position, mark urgent, end if open.</summary>
public sealed class FakeHandoffQueue : IHandoffQueue
{
    public List<HandoffTicket> Tickets { get; } = [];

    public Task<HandoffTicket> EnqueueAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        var open = Tickets.FirstOrDefault(t => t.ConversationId == request.ConversationId && t.Status is HandoffStatus.Waiting or HandoffStatus.Assigned);
        if (open is not null)
        {
            return Task.FromResult(open);
        }

        var ticket = new HandoffTicket
        {
            Id = "t" + (Tickets.Count + 1),
            ConversationId = request.ConversationId,
            ConversationReferenceJson = request.ConversationReferenceJson,
            Category = request.Category,
            Step = request.Step,
            Summary = request.Summary,
            DetailsJson = request.DetailsJson,
            Status = HandoffStatus.Waiting,
            CreatedAt = DateTimeOffset.UnixEpoch.AddSeconds(Tickets.Count),
        };
        Tickets.Add(ticket);
        return Task.FromResult(ticket);
    }

    public Task<HandoffTicket?> FindOpenAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Tickets.FirstOrDefault(t => t.ConversationId == conversationId && t.Status is HandoffStatus.Waiting or HandoffStatus.Assigned));

    public Task<HandoffTicket?> GetAsync(string ticketId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Tickets.FirstOrDefault(t => t.Id == ticketId));

    public Task<IReadOnlyList<HandoffTicket>> ListWaitingAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HandoffTicket>>(Tickets.Where(t => t.Status == HandoffStatus.Waiting).ToList());

    public Task<IReadOnlyList<HandoffTicket>> ListAssignedAsync(string? agentId = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HandoffTicket>>(Tickets.Where(t => t.Status == HandoffStatus.Assigned && (agentId is null || t.AgentId == agentId)).ToList());

    public Task<int?> PositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var waiting = Tickets.Where(t => t.Status == HandoffStatus.Waiting).ToList();
        var index = waiting.FindIndex(t => t.ConversationId == conversationId);
        return Task.FromResult<int?>(index < 0 ? null : index + 1);
    }

    public Task<bool> MarkUrgentAsync(string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        var index = Tickets.FindIndex(t => t.ConversationId == conversationId && t.Status is HandoffStatus.Waiting or HandoffStatus.Assigned);
        if (index < 0)
        {
            return Task.FromResult(false);
        }

        Tickets[index] = Tickets[index] with { Urgent = true, UrgentReason = reason };
        return Task.FromResult(true);
    }

    public Task<AcceptResult> TryAcceptAsync(string ticketId, string agentId, string agentDisplayName, int maxConcurrent, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("agents accept tickets in the console, not in the bot");

    public Task<HandoffTicket?> TransferAsync(string ticketId, string? toAgentId, string? toAgentDisplayName, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("agents transfer tickets in the console, not in the bot");

    public Task<HandoffTicket?> EndAsync(string ticketId, HandoffStatus status, string? outcome, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("agents end tickets in the console, not in the bot");

    public Task<HandoffTicket?> EndIfOpenAsync(string ticketId, HandoffStatus status, string? outcome, bool onlyWhileWaiting = false, CancellationToken cancellationToken = default)
    {
        var index = Tickets.FindIndex(t => t.Id == ticketId
            && (onlyWhileWaiting ? t.Status == HandoffStatus.Waiting : t.Status is HandoffStatus.Waiting or HandoffStatus.Assigned));
        if (index < 0)
        {
            return Task.FromResult<HandoffTicket?>(null);
        }

        Tickets[index] = Tickets[index] with { Status = status, Outcome = outcome, EndedAt = DateTimeOffset.UnixEpoch };
        return Task.FromResult<HandoffTicket?>(Tickets[index]);
    }

    public Task<IReadOnlyList<HandoffTicket>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HandoffTicket>>(Tickets.Where(t => t.CreatedAt >= since).ToList());
}
