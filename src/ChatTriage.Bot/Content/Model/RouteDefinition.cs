namespace ChatTriage.Bot.Content.Model;

/// <summary>One place a free-text message can lead, with the phrases that mean it.</summary>
public sealed class RouteDefinition : ContentItem
{
    public string Id { get; set; } = "";

    /// <summary>Shown when the bot asks which of two routes the resident meant.</summary>
    public string Label { get; set; } = "";

    [MinItems(1)]
    public List<string> Phrases { get; set; } = [];
}
