namespace ChatTriage.LoadHarness.Channels;

/// <summary>Keywords a turn's replies must contain (any one of them, case-insensitive); the one found picks a script branch.</summary>
public sealed record ReplyExpectation(IReadOnlyList<string> AnyOf)
{
    public static ReplyExpectation Of(params string[] keywords) => new(keywords);

    /// <summary>The first keyword found in the reply, or null.</summary>
    public string? Match(BotReply reply) =>
        AnyOf.FirstOrDefault(k => reply.Text.Contains(k, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => string.Join(" | ", AnyOf.Select(k => $"'{k}'"));
}
