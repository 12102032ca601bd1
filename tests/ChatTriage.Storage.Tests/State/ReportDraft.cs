namespace ChatTriage.Storage.Tests.State;

/// <summary>A typed conversation-state property, like the bot's report drafts.</summary>
public sealed record ReportDraft
{
    public string? What { get; init; }

    public DateTime? When { get; init; }

    public int Step { get; init; }

    public List<string> Answers { get; init; } = [];
}
