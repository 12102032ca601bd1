namespace ChatTriage.Bot.Handoff;

/// <summary>An internal note on a chat: agents and supervisors see it, the resident never does.</summary>
public sealed record AgentNote(string Id, string TicketId, string AgentId, string AgentName, string Text, DateTimeOffset At);
