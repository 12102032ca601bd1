using ChatTriage.LoadHarness.Channels;

namespace ChatTriage.LoadHarness.Phases;

/// <summary>A first message of a new conversation and what its reply must contain.</summary>
public sealed record FirstTurnMessage(string Text, ReplyExpectation Expect);
