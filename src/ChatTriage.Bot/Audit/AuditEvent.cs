namespace ChatTriage.Bot.Audit;

/// <summary>
/// One audited event. <paramref name="Kind"/>: for example "emergency", "handoff.accept", "handoff.transfer", "handoff.close".
/// <paramref name="Detail"/>: a rule id, agent id or outcome code; never the resident's words.
/// </summary>
public sealed record AuditEvent(string Kind, string ConversationId, string Detail, DateTimeOffset At, string? Actor = null);
