namespace ChatTriage.Web.Agents.Hub;

/// <summary>
/// One line of a chat in the console. <see cref="From"/>: "resident", "bot", "agent", "note" (internal,
/// never shown to the resident) or "system". Pages render <see cref="Text"/> as text only.
/// </summary>
public sealed record ChatLine(string Id, string TicketId, string From, string? Name, string Text, DateTimeOffset At, bool Emergency = false);
