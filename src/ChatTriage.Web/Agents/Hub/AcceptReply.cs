namespace ChatTriage.Web.Agents.Hub;

/// <summary>The answer to Accept: "Accepted", "NotWaiting", "AtCapacity" or "NotFound".</summary>
public sealed record AcceptReply(string Outcome, TicketView? Ticket);
