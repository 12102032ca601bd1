namespace ChatTriage.Storage.Retention;

/// <summary>How many records one purge deleted, by kind.</summary>
public sealed record RetentionPurgeResult(int Transcripts, int Reports, int Feedback, int Audit, int HandoffTickets, int AgentNotes);
