namespace ChatTriage.LoadHarness.Channels;

/// <summary>A turn that did not give what the script expects: <see cref="Kind"/> groups errors in the report.</summary>
public sealed class TurnFailedException(string kind, string detail) : Exception(detail)
{
    public string Kind { get; } = kind;

    public static TurnFailedException Unexpected(string said, ReplyExpectation expected, IEnumerable<BotReply> replies) =>
        new("unexpected-reply", $"after '{said}' expected {expected}, got: {Describe(replies)}");

    public static string Describe(IEnumerable<BotReply> replies)
    {
        var texts = replies.Select(r => "\"" + (r.Text.Length > 120 ? r.Text[..120] + "…" : r.Text) + "\"").ToList();
        return texts.Count == 0 ? "(no reply)" : string.Join(" / ", texts);
    }
}
