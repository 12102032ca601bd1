namespace ChatTriage.Bot.Reports;

/// <summary>A report about to be stored. <paramref name="Json"/> is the typed draft serialised as JSON.</summary>
public sealed record NewReport(ReportKind Kind, string ConversationId, string Json, DateTimeOffset SubmittedAt);
