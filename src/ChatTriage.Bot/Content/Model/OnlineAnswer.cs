namespace ChatTriage.Bot.Content.Model;

/// <summary>An answer a resident can find online, with where it comes from.</summary>
public sealed class OnlineAnswer : ContentItem
{
    public string Id { get; set; } = "";

    public string Question { get; set; } = "";

    public string Answer { get; set; } = "";

    [MinItems(1)]
    public List<string> Keywords { get; set; } = [];

    public List<string> Synonyms { get; set; } = [];

    /// <summary>The page the answer comes from.</summary>
    public string Source { get; set; } = "";
}
