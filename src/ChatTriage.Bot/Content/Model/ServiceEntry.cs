namespace ChatTriage.Bot.Content.Model;

/// <summary>A matter the police do not deal with, and where it goes instead.</summary>
public sealed class ServiceEntry : ContentItem
{
    public string Id { get; set; } = "";

    /// <summary>The matter, in the resident's words (for example "Noise from neighbours").</summary>
    public string Name { get; set; } = "";

    [MinItems(1)]
    public List<string> Phrases { get; set; } = [];

    /// <summary>Where to go, said plainly.</summary>
    public string Advice { get; set; } = "";

    public string? Link { get; set; }

    public string? Phone { get; set; }
}
