namespace ChatTriage.Bot.Handoff;

/// <summary>
/// The handoff queue in process memory: for tests, single-instance development and the Memory storage provider.
/// One lock guards every change, so accepting is atomic and the concurrency limit holds.
/// </summary>
public sealed class InMemoryHandoffQueue(TimeProvider? timeProvider = null) : IHandoffQueue, IHandoffRetention
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private readonly Dictionary<string, HandoffTicket> tickets = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public Task<HandoffTicket> EnqueueAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            var open = FindOpen(request.ConversationId);
            if (open is not null)
            {
                return Task.FromResult(open);
            }

            var now = clock.GetUtcNow();
            var ticket = new HandoffTicket
            {
                Id = Guid.NewGuid().ToString("N"),
                ConversationId = request.ConversationId,
                ConversationReferenceJson = request.ConversationReferenceJson,
                Category = request.Category,
                Step = request.Step,
                Summary = request.Summary,
                DetailsJson = request.DetailsJson,
                Status = HandoffStatus.Waiting,
                Urgent = request.Urgent,
                UrgentReason = request.Urgent ? request.UrgentReason : null,
                UrgentAt = request.Urgent ? now : null,
                CreatedAt = now,
            };
            tickets[ticket.Id] = ticket;
            return Task.FromResult(ticket);
        }
    }

    public Task<HandoffTicket?> FindOpenAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(FindOpen(conversationId));
        }
    }

    public Task<HandoffTicket?> GetAsync(string ticketId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(tickets.GetValueOrDefault(ticketId));
        }
    }

    public Task<IReadOnlyList<HandoffTicket>> ListWaitingAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<HandoffTicket>>(Waiting());
        }
    }

    public Task<IReadOnlyList<HandoffTicket>> ListAssignedAsync(string? agentId = null, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<HandoffTicket> assigned = tickets.Values
                .Where(t => t.Status == HandoffStatus.Assigned && (agentId is null || t.AgentId == agentId))
                .OrderBy(t => t.AcceptedAt)
                .ThenBy(t => t.CreatedAt)
                .ToList();
            return Task.FromResult(assigned);
        }
    }

    public Task<int?> PositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var waiting = Waiting();
            var index = waiting.FindIndex(t => t.ConversationId == conversationId);
            return Task.FromResult<int?>(index < 0 ? null : index + 1);
        }
    }

    public Task<bool> MarkUrgentAsync(string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var open = FindOpen(conversationId);
            if (open is null)
            {
                return Task.FromResult(false);
            }

            tickets[open.Id] = open with { Urgent = true, UrgentReason = reason, UrgentAt = open.UrgentAt ?? clock.GetUtcNow() };
            return Task.FromResult(true);
        }
    }

    public Task<AcceptResult> TryAcceptAsync(string ticketId, string agentId, string agentDisplayName, int maxConcurrent, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!tickets.TryGetValue(ticketId, out var ticket))
            {
                return Task.FromResult(new AcceptResult(AcceptOutcome.NotFound, null));
            }

            if (ticket.Status != HandoffStatus.Waiting)
            {
                return Task.FromResult(new AcceptResult(AcceptOutcome.NotWaiting, ticket));
            }

            var current = tickets.Values.Count(t => t.Status == HandoffStatus.Assigned && t.AgentId == agentId);
            if (current >= maxConcurrent)
            {
                return Task.FromResult(new AcceptResult(AcceptOutcome.AtCapacity, ticket));
            }

            var accepted = ticket with
            {
                Status = HandoffStatus.Assigned,
                AgentId = agentId,
                AgentDisplayName = agentDisplayName,
                AcceptedAt = clock.GetUtcNow(),
            };
            tickets[ticketId] = accepted;
            return Task.FromResult(new AcceptResult(AcceptOutcome.Accepted, accepted));
        }
    }

    public Task<HandoffTicket?> TransferAsync(string ticketId, string? toAgentId, string? toAgentDisplayName, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!tickets.TryGetValue(ticketId, out var ticket) || ticket.Status != HandoffStatus.Assigned)
            {
                return Task.FromResult<HandoffTicket?>(null);
            }

            var moved = toAgentId is null
                ? ticket with { Status = HandoffStatus.Waiting, AgentId = null, AgentDisplayName = null, AcceptedAt = null }
                : ticket with { AgentId = toAgentId, AgentDisplayName = toAgentDisplayName, AcceptedAt = clock.GetUtcNow() };
            tickets[ticketId] = moved;
            return Task.FromResult<HandoffTicket?>(moved);
        }
    }

    public Task<HandoffTicket?> EndAsync(string ticketId, HandoffStatus status, string? outcome, CancellationToken cancellationToken = default)
    {
        HandoffStatusRules.EnsureEndStatus(status);
        lock (gate)
        {
            if (!tickets.TryGetValue(ticketId, out var ticket))
            {
                return Task.FromResult<HandoffTicket?>(null);
            }

            if (!HandoffStatusRules.IsOpen(ticket.Status))
            {
                return Task.FromResult<HandoffTicket?>(ticket);
            }

            var ended = ticket with { Status = status, Outcome = outcome, EndedAt = clock.GetUtcNow() };
            tickets[ticketId] = ended;
            return Task.FromResult<HandoffTicket?>(ended);
        }
    }

    public Task<HandoffTicket?> EndIfOpenAsync(string ticketId, HandoffStatus status, string? outcome, bool onlyWhileWaiting = false, CancellationToken cancellationToken = default)
    {
        HandoffStatusRules.EnsureEndStatus(status);
        lock (gate)
        {
            if (!tickets.TryGetValue(ticketId, out var ticket)
                || (onlyWhileWaiting ? ticket.Status != HandoffStatus.Waiting : !HandoffStatusRules.IsOpen(ticket.Status)))
            {
                return Task.FromResult<HandoffTicket?>(null);
            }

            var ended = ticket with { Status = status, Outcome = outcome, EndedAt = clock.GetUtcNow() };
            tickets[ticketId] = ended;
            return Task.FromResult<HandoffTicket?>(ended);
        }
    }

    public Task<IReadOnlyList<HandoffTicket>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<HandoffTicket> list = tickets.Values.Where(t => t.CreatedAt >= since).OrderBy(t => t.CreatedAt).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var old = tickets.Values.Where(t => !HandoffStatusRules.IsOpen(t.Status) && t.EndedAt < endedBefore).Select(t => t.Id).ToList();
            old.ForEach(id => tickets.Remove(id));
            return Task.FromResult(old.Count);
        }
    }

    private HandoffTicket? FindOpen(string conversationId) =>
        tickets.Values.FirstOrDefault(t => t.ConversationId == conversationId && HandoffStatusRules.IsOpen(t.Status));

    private List<HandoffTicket> Waiting() => tickets.Values
        .Where(t => t.Status == HandoffStatus.Waiting)
        .OrderByDescending(t => t.Urgent)
        .ThenBy(t => t.CreatedAt)
        .ThenBy(t => t.Id, StringComparer.Ordinal)
        .ToList();
}
