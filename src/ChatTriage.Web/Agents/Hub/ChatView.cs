namespace ChatTriage.Web.Agents.Hub;

/// <summary>A chat opened in the console: the ticket, what the bot collected, the transcript and internal notes.</summary>
public sealed record ChatView(TicketView Ticket, string DetailsJson, IReadOnlyList<ChatLine> Transcript, IReadOnlyList<ChatLine> Notes);
