namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Starts or restarts a report. <paramref name="DraftJson"/> keeps the answers so far; <paramref name="Editing"/>
/// names the one answer to ask again before going back to the summary.
/// </summary>
public sealed record ReportRequest(string? Text, string? DraftJson = null, string? Editing = null);
