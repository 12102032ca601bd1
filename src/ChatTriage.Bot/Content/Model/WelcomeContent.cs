namespace ChatTriage.Bot.Content.Model;

/// <summary>dialogs/welcome.yaml: the first thing a resident reads.</summary>
public sealed class WelcomeContent : ContentItem
{
    /// <summary>Who the bot is: a computer, not a person.</summary>
    public string Intro { get; set; } = "";

    /// <summary>What is kept and why; <c>{privacy_url}</c> is filled from configuration.</summary>
    public string Privacy { get; set; } = "";

    public string Emergency { get; set; } = "";

    public string Ask { get; set; } = "";

    /// <summary>The five steps as suggested actions.</summary>
    [MinItems(5)]
    public List<MenuOption> Options { get; set; } = [];
}
