using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Auth;
using ChatTriage.Web.Agents.Content;
using ChatTriage.Web.Agents.Messaging;
using ChatTriage.Web.Agents.Queue;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>
/// What an agent can do in the console, with the access rules: agents see waiting chats and their own;
/// supervisors see all; only the assigned agent talks in, notes on, transfers or closes a chat.
/// Accept, transfer and close are audited.
/// </summary>
public sealed class AgentDesk(
    IHandoffQueue queue,
    ResidentNotices notices,
    AgentNotifier notifier,
    IAgentNoteStore notes,
    ChatHistory history,
    AgentContent content,
    AgentPresence presence,
    QueueMonitor monitor,
    IServiceProvider services,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time)
{
    public const int MaxMessageLength = 4000;

    public async Task<QueueSnapshot> GetQueueAsync(AgentIdentity agent, CancellationToken ct)
    {
        var waiting = await queue.ListWaitingAsync(ct).ConfigureAwait(false);
        var assigned = await queue.ListAssignedAsync(null, ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return new QueueSnapshot(
            now,
            waiting.Select((t, i) => TicketView.From(t, i + 1)).ToList(),
            assigned.Where(t => t.AgentId == agent.Id).Select(t => TicketView.From(t)).ToList(),
            agent.IsSupervisor ? assigned.Where(t => t.AgentId != agent.Id).Select(t => TicketView.From(t)).ToList() : [],
            options.CurrentValue.MaxChatsPerAgent,
            options.CurrentValue.OpeningHours.IsOpen(now));
    }

    public ConsoleContent GetContent(AgentIdentity agent)
        => new(agent.Id, agent.DisplayName, agent.IsSupervisor, content.CannedResponses, content.Outcomes);

    public async Task<AcceptReply> AcceptAsync(AgentIdentity agent, string ticketId, CancellationToken ct)
    {
        var result = await queue.TryAcceptAsync(ticketId, agent.Id, agent.DisplayName, options.CurrentValue.MaxChatsPerAgent, ct).ConfigureAwait(false);
        if (!result.Accepted || result.Ticket is not { } ticket)
        {
            return new AcceptReply(result.Outcome.ToString(), null);
        }

        await AuditAsync("handoff.accept", ticket, agent.Id, agent, ct).ConfigureAwait(false);
        await notices.AgentJoinedAsync(ticket, agent.DisplayName, ct).ConfigureAwait(false);
        await AfterChangeAsync(ct).ConfigureAwait(false);
        return new AcceptReply(result.Outcome.ToString(), TicketView.From(ticket));
    }

    public async Task<ChatView?> OpenAsync(AgentIdentity agent, string ticketId, CancellationToken ct)
    {
        var ticket = await queue.GetAsync(ticketId, ct).ConfigureAwait(false);
        if (ticket is null || !CanSee(agent, ticket))
        {
            return null;
        }

        var transcript = await history.ReadAsync(ticket, ct).ConfigureAwait(false);
        var ticketNotes = await notes.ListAsync(ticket.Id, ct).ConfigureAwait(false);
        var noteLines = ticketNotes.Select(n => new ChatLine(n.Id, n.TicketId, "note", n.AgentName, n.Text, n.At)).ToList();
        return new ChatView(TicketView.From(ticket), ticket.DetailsJson, transcript, noteLines);
    }

    public async Task<ActionReply> SendAsync(AgentIdentity agent, string ticketId, string text, CancellationToken ct)
    {
        if (Clean(text) is not { } message)
        {
            return ActionReply.Refused("Type a message first (at most 4,000 characters).");
        }

        var (ticket, problem) = await OwnAsync(agent, ticketId, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return ActionReply.Refused(problem!);
        }

        await notices.AgentMessageAsync(ticket, agent.DisplayName, message, ct).ConfigureAwait(false);
        await notifier.ChatLineAsync(ticket, Line(ticket, "agent", agent.DisplayName, message)).ConfigureAwait(false);
        return ActionReply.Done;
    }

    public async Task<ActionReply> TypingAsync(AgentIdentity agent, string ticketId, CancellationToken ct)
    {
        var (ticket, problem) = await OwnAsync(agent, ticketId, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return ActionReply.Refused(problem!);
        }

        await notices.AgentTypingAsync(ticket, ct).ConfigureAwait(false);
        return ActionReply.Done;
    }

    public async Task<ActionReply> AddNoteAsync(AgentIdentity agent, string ticketId, string text, CancellationToken ct)
    {
        if (Clean(text) is not { } noteText)
        {
            return ActionReply.Refused("Type a note first (at most 4,000 characters).");
        }

        var ticket = await queue.GetAsync(ticketId, ct).ConfigureAwait(false);
        if (ticket is null || !CanSee(agent, ticket))
        {
            return ActionReply.Refused("This chat is not yours.");
        }

        var note = new AgentNote(Guid.NewGuid().ToString("N"), ticket.Id, agent.Id, agent.DisplayName, noteText, time.GetUtcNow());
        await notes.AddAsync(note, ct).ConfigureAwait(false);
        await notifier.ChatLineAsync(ticket, new ChatLine(note.Id, ticket.Id, "note", agent.DisplayName, noteText, note.At)).ConfigureAwait(false);
        return ActionReply.Done;
    }

    public async Task<ActionReply> CloseAsync(AgentIdentity agent, string ticketId, string outcome, CancellationToken ct)
    {
        if (!content.Outcomes.Any(o => o.Code == outcome))
        {
            return ActionReply.Refused("Choose an outcome from the list.");
        }

        var (ticket, problem) = await OwnAsync(agent, ticketId, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return ActionReply.Refused(problem!);
        }

        var ended = await queue.EndAsync(ticket.Id, HandoffStatus.Closed, outcome, ct).ConfigureAwait(false) ?? ticket;
        await AuditAsync("handoff.close", ended, outcome, agent, ct).ConfigureAwait(false);
        await notices.AgentClosedAsync(ended, agent.DisplayName, outcome, ct).ConfigureAwait(false);
        await AfterChangeAsync(ct).ConfigureAwait(false);
        return ActionReply.Done;
    }

    /// <summary>
    /// Moves a chat: to another signed-in agent (<paramref name="target"/> = their id), back to the queue
    /// ("queue") or back to the bot ("bot").
    /// </summary>
    public async Task<ActionReply> TransferAsync(AgentIdentity agent, string ticketId, string target, CancellationToken ct)
    {
        var (ticket, problem) = await OwnAsync(agent, ticketId, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return ActionReply.Refused(problem!);
        }

        if (target == "bot")
        {
            var ended = await queue.EndAsync(ticket.Id, HandoffStatus.Closed, "returned-to-bot", ct).ConfigureAwait(false) ?? ticket;
            await AuditAsync("handoff.transfer", ended, "bot", agent, ct).ConfigureAwait(false);
            await notices.BackToBotAsync(ended, agent.DisplayName, ct).ConfigureAwait(false);
        }
        else if (target == "queue")
        {
            var moved = await queue.TransferAsync(ticket.Id, null, null, ct).ConfigureAwait(false) ?? ticket;
            await AuditAsync("handoff.transfer", moved, "queue", agent, ct).ConfigureAwait(false);
            await notices.BackInQueueAsync(moved, agent.DisplayName, ct).ConfigureAwait(false);
        }
        else
        {
            var to = presence.Online().FirstOrDefault(a => a.Id == target);
            if (to is null || to.Id == agent.Id)
            {
                return ActionReply.Refused("That colleague is not signed in.");
            }

            var assigned = await queue.ListAssignedAsync(to.Id, ct).ConfigureAwait(false);
            if (assigned.Count >= options.CurrentValue.MaxChatsPerAgent)
            {
                return ActionReply.Refused($"{to.DisplayName} already has as many chats as allowed.");
            }

            var moved = await queue.TransferAsync(ticket.Id, to.Id, to.DisplayName, ct).ConfigureAwait(false);
            if (moved is null)
            {
                return ActionReply.Refused("The chat could not be moved.");
            }

            await AuditAsync("handoff.transfer", moved, to.Id, agent, ct).ConfigureAwait(false);
            await notices.AgentJoinedAsync(moved, to.DisplayName, ct).ConfigureAwait(false);
            await notifier.TransferredAsync(moved).ConfigureAwait(false);
        }

        await AfterChangeAsync(ct).ConfigureAwait(false);
        return ActionReply.Done;
    }

    public async Task<IReadOnlyList<AgentPresenceView>> GetAgentsAsync(CancellationToken ct)
    {
        var assigned = await queue.ListAssignedAsync(null, ct).ConfigureAwait(false);
        return presence.Online()
            .Select(a => new AgentPresenceView(a.Id, a.DisplayName, a.IsSupervisor, assigned.Count(t => t.AgentId == a.Id)))
            .ToList();
    }

    public static bool CanSee(AgentIdentity agent, HandoffTicket ticket)
        => ticket.Status == HandoffStatus.Waiting || ticket.AgentId == agent.Id || agent.IsSupervisor;

    private async Task<(HandoffTicket? Ticket, string? Problem)> OwnAsync(AgentIdentity agent, string ticketId, CancellationToken ct)
    {
        var ticket = await queue.GetAsync(ticketId, ct).ConfigureAwait(false);
        if (ticket is null || ticket.AgentId != agent.Id)
        {
            return (null, "This chat is not yours.");
        }

        return ticket.Status == HandoffStatus.Assigned ? (ticket, null) : (null, "This chat has ended.");
    }

    private ChatLine Line(HandoffTicket ticket, string from, string? name, string text)
        => new(Guid.NewGuid().ToString("N"), ticket.Id, from, name, text, time.GetUtcNow());

    private async Task AfterChangeAsync(CancellationToken ct)
    {
        await notifier.QueueChangedAsync().ConfigureAwait(false);
        await monitor.RefreshAsync(ct).ConfigureAwait(false);
    }

    private async Task AuditAsync(string kind, HandoffTicket ticket, string detail, AgentIdentity agent, CancellationToken ct)
    {
        if (services.GetService<IAuditLog>() is { } audit)
        {
            await audit.RecordAsync(new AuditEvent(kind, ticket.ConversationId, detail, time.GetUtcNow(), agent.Id), ct).ConfigureAwait(false);
        }
    }

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxMessageLength ? null : trimmed;
    }
}
