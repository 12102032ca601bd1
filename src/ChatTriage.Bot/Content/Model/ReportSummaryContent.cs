namespace ChatTriage.Bot.Content.Model;

/// <summary>The check-your-answers page before a report is sent.</summary>
public sealed class ReportSummaryContent : ContentItem
{
    public string Header { get; set; } = "";

    /// <summary>One line per answer: <c>{label}: {value}</c>.</summary>
    public string Line { get; set; } = "";

    public Question Confirm { get; set; } = new();

    public string SubmitLabel { get; set; } = "";

    public string ChangeLabel { get; set; } = "";

    public Question WhichAnswer { get; set; } = new();

    /// <summary>Field id → label shown in the summary and in the "which answer" choice.</summary>
    [MinItems(1)]
    public Dictionary<string, string> Labels { get; set; } = [];
}
