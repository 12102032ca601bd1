namespace ChatTriage.Bot.Content.Model;

/// <summary>dialogs/routing.yaml: how free text is understood.</summary>
public sealed class RoutingContent : ContentItem
{
    /// <summary>Everyday words mapped to the word the phrases use (for example nicked: steal).</summary>
    public Dictionary<string, string> Synonyms { get; set; } = [];

    /// <summary>Words that carry no meaning for routing.</summary>
    public List<string> Stopwords { get; set; } = [];

    [MinItems(1)]
    public List<RouteDefinition> Routes { get; set; } = [];
}
