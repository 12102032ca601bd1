namespace ChatTriage.Bot.Reports;

/// <summary>A stored report with its reference.</summary>
public sealed record StoredReport(string Reference, ReportKind Kind, string ConversationId, string Json, DateTimeOffset SubmittedAt);
