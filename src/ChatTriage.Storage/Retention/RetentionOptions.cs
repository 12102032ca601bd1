namespace ChatTriage.Storage.Retention;

/// <summary>
/// How long each kind of record is kept (configuration section <c>Retention</c>). A value of 0 or less keeps
/// that kind for ever. The defaults are a starting point: each force sets its own under its retention schedule.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary><c>Retention:TranscriptDays</c>: chat transcripts.</summary>
    public int TranscriptDays { get; set; } = 90;

    /// <summary><c>Retention:ReportDays</c>: submitted crime, collision and information reports.</summary>
    public int ReportDays { get; set; } = 365;

    /// <summary><c>Retention:FeedbackDays</c>: "Was this helpful?" answers.</summary>
    public int FeedbackDays { get; set; } = 365;

    /// <summary><c>Retention:HandoffDays</c>: handoff tickets (summary and details) after they ended, and agents' notes on chats.</summary>
    public int HandoffDays { get; set; } = 90;

    /// <summary><c>Retention:AuditDays</c>: the audit log.</summary>
    public int AuditDays { get; set; } = 730;

    /// <summary><c>Retention:PurgeIntervalMinutes</c>: how often the purge runs.</summary>
    public int PurgeIntervalMinutes { get; set; } = 60;
}
