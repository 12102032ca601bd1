using ChatTriage.LoadHarness.Channels;

namespace ChatTriage.LoadHarness.Journeys;

/// <summary>
/// One message of a script and what the reply must contain. When the bot may answer in more than one right way
/// (the agents' queue open, busy or closed), <see cref="Branches"/> gives the rest of the script for each keyword.
/// </summary>
public sealed record JourneyStep(string Say, ReplyExpectation Expect, IReadOnlyDictionary<string, IReadOnlyList<JourneyStep>>? Branches = null)
{
    public static JourneyStep Of(string say, params string[] expect) => new(say, ReplyExpectation.Of(expect));
}
