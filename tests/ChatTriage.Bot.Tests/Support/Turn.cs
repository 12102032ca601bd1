using Microsoft.Bot.Schema;

namespace ChatTriage.Bot.Tests.Support;

/// <summary>The bot's replies in one turn, with helpers for asserting on them.</summary>
public sealed record Turn(IReadOnlyList<IMessageActivity> Replies)
{
    public IReadOnlyList<string> Texts => Replies.Select(r => r.Text ?? string.Empty).ToList();

    public string Last => Texts.Count > 0 ? Texts[^1] : string.Empty;

    public string All => string.Join("\n", Texts);

    public IReadOnlyList<string> Actions => Replies.Count > 0 && Replies[^1].SuggestedActions?.Actions is { } actions
        ? actions.Select(a => a.Title ?? a.Value?.ToString() ?? string.Empty).ToList()
        : [];

    public bool Says(string text) => Texts.Any(t => t.Contains(text, StringComparison.Ordinal));

    public override string ToString() => All;
}
