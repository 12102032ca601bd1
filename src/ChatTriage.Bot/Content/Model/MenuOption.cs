namespace ChatTriage.Bot.Content.Model;

/// <summary>A suggested action: a label the resident taps and the route it leads to.</summary>
public sealed class MenuOption : ContentItem
{
    public string Route { get; set; } = "";

    public string Label { get; set; } = "";
}
