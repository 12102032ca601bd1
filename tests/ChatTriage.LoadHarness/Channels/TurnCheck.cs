namespace ChatTriage.LoadHarness.Channels;

/// <summary>Checks a complete turn's replies against what the script expects.</summary>
public static class TurnCheck
{
    public static TurnReplies Check(string said, IReadOnlyList<BotReply> replies, ReplyExpectation expected)
    {
        foreach (var reply in replies)
        {
            if (expected.Match(reply) is { } matched)
            {
                return new TurnReplies(replies, matched);
            }
        }

        throw TurnFailedException.Unexpected(said, expected, replies);
    }
}
