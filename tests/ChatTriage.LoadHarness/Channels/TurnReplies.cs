namespace ChatTriage.LoadHarness.Channels;

/// <summary>The replies of one turn and which expected keyword they contained.</summary>
public sealed record TurnReplies(IReadOnlyList<BotReply> Replies, string Matched);
