using ChatTriage.Bot.Handoff;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>A ticket as the console shows it. <see cref="Position"/> is set for waiting tickets.</summary>
public sealed record TicketView(
    string Id,
    string Category,
    string Step,
    string Summary,
    string Status,
    bool Urgent,
    string? UrgentReason,
    string? AgentId,
    string? AgentName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AcceptedAt,
    int? Position)
{
    public static TicketView From(HandoffTicket ticket, int? position = null) => new(
        ticket.Id,
        ticket.Category,
        ticket.Step,
        ticket.Summary,
        ticket.Status.ToString(),
        ticket.Urgent,
        ticket.UrgentReason,
        ticket.AgentId,
        ticket.AgentDisplayName,
        ticket.CreatedAt,
        ticket.AcceptedAt,
        position);
}
