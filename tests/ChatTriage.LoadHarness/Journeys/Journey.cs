using ChatTriage.LoadHarness.Channels;

namespace ChatTriage.LoadHarness.Journeys;

/// <summary>A whole scripted conversation: the welcome to expect, then the resident's messages in order.</summary>
public sealed record Journey(string Name, ReplyExpectation Welcome, IReadOnlyList<JourneyStep> Steps);
