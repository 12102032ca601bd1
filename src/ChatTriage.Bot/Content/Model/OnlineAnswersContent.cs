namespace ChatTriage.Bot.Content.Model;

/// <summary>dialogs/step2-online-answers.yaml: answers to common questions.</summary>
public sealed class OnlineAnswersContent : ContentItem
{
    public Question Ask { get; set; } = new();

    public string SourceText { get; set; } = "";

    public Question DidItHelp { get; set; } = new();

    public string NextBest { get; set; } = "";

    public string NoMore { get; set; } = "";

    public string NotFound { get; set; } = "";

    [MinItems(25)]
    public List<OnlineAnswer> Answers { get; set; } = [];
}
