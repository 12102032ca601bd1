using ChatTriage.Bot.Handoff;
using Microsoft.AspNetCore.SignalR;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>
/// Pushes to consoles, respecting who may see what: a waiting chat goes to every agent; an assigned chat
/// only to its agent and to supervisors.
/// </summary>
public sealed class AgentNotifier(IHubContext<AgentHub, IAgentClient> hub)
{
    public Task QueueChangedAsync() => hub.Clients.Group(AgentGroups.All).QueueChanged();

    public Task ChatLineAsync(HandoffTicket ticket, ChatLine line) => For(ticket).ChatLine(line);

    public Task ResidentTypingAsync(HandoffTicket ticket) => For(ticket).ResidentTyping(ticket.Id);

    public Task ResidentLeftAsync(HandoffTicket ticket) => For(ticket).ResidentLeft(ticket.Id);

    public Task TransferredAsync(HandoffTicket ticket)
        => ticket.AgentId is null ? Task.CompletedTask : hub.Clients.Group(AgentGroups.Agent(ticket.AgentId)).ChatTransferred(TicketView.From(ticket));

    private IAgentClient For(HandoffTicket ticket)
        => ticket.Status == HandoffStatus.Assigned && ticket.AgentId is not null
            ? hub.Clients.Groups(AgentGroups.Agent(ticket.AgentId), AgentGroups.Supervisors)
            : hub.Clients.Group(AgentGroups.All);
}
