namespace ChatTriage.Bot.Content.Model;

/// <summary>A question the bot asks, and what it says when the answer is not what it needs.</summary>
public sealed class Question : ContentItem
{
    public string Prompt { get; set; } = "";

    public string Retry { get; set; } = "";
}
