namespace ChatTriage.Bot.Content.Model;

/// <summary>A kind of crime the force takes online.</summary>
public sealed class CrimeType : ContentItem
{
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    [MinItems(1)]
    public List<string> Phrases { get; set; } = [];
}
