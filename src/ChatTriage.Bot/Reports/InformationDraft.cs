namespace ChatTriage.Bot.Reports;

/// <summary>Information a resident leaves in writing when no call-handler can take the chat.</summary>
public sealed record InformationDraft(string About, string Details, string? Contact);
