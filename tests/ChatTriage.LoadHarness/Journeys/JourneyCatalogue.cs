using ChatTriage.LoadHarness.Channels;

namespace ChatTriage.LoadHarness.Journeys;

/// <summary>
/// The residents' scripts. They follow the real dialogs (dialogs/*.yaml and src/ChatTriage.Bot/Dialogs, as the
/// Bot.Tests conversations do) and check a keyword of the expected reply at every step, so a script that has
/// drifted from the content fails loudly instead of passing silently.
/// </summary>
public static class JourneyCatalogue
{
    public static readonly ReplyExpectation Welcome = ReplyExpectation.Of("What do you need help with");

    private static readonly JourneyStep[] Feedback =
    [
        JourneyStep.Of("no", "Was this helpful"),
        JourneyStep.Of("yes", "tell us more"),
        JourneyStep.Of("skip", "Goodbye"),
    ];

    /// <summary>Step 3: a bike theft reported from the first words to a reference, then feedback.</summary>
    public static Journey CrimeReport { get; } = new("crime", Welcome,
    [
        JourneyStep.Of("my bike got nicked", "happening now"),
        JourneyStep.Of("no", "When did it happen"),
        JourneyStep.Of("yesterday evening", "Where did it happen"),
        JourneyStep.Of("Station Road, Hitchin SG5 1AB", "What happened"),
        JourneyStep.Of("I locked it outside the station and it was gone when I came back.", "What was stolen"),
        JourneyStep.Of("Blue Carrera mountain bike", "how much is it worth"),
        JourneyStep.Of("about £250", "describe anyone"),
        JourneyStep.Of("skip", "witnesses"),
        JourneyStep.Of("The station has CCTV", "What is your name"),
        JourneyStep.Of("Sam Smith", "How can we contact you"),
        JourneyStep.Of("sam@example.com", "contact you about this report"),
        JourneyStep.Of("yes", "Here is your report"),
        JourneyStep.Of("Send report", "Your reference is"),
        .. Feedback,
    ]);

    /// <summary>Step 1: not a police matter, sent to the council.</summary>
    public static Journey ServiceRedirect { get; } = new("service", Welcome,
    [
        JourneyStep.Of("noise next door", "local council"),
        .. Feedback,
    ]);

    /// <summary>Step 2: an answer online, which helped.</summary>
    public static Journey OnlineAnswer { get; } = new("online", Welcome,
    [
        JourneyStep.Of("how do I get a firearms certificate", "firearms licensing"),
        JourneyStep.Of("yes", "anything else"),
        .. Feedback,
    ]);

    /// <summary>Step 4: sharing information with a person, ending in the agents' queue (or a written report when closed).</summary>
    public static Journey Handoff { get; } = new("handoff", Welcome,
    [
        JourneyStep.Of("I know who is dealing drugs on my road", "danger right now"),
        JourneyStep.Of("no", "stay anonymous"),
        JourneyStep.Of("no", "pass this chat to a call-handler"),
        new JourneyStep(
            "yes",
            ReplyExpectation.Of(Queued, "very busy", "not on the chat right now"),
            new Dictionary<string, IReadOnlyList<JourneyStep>>(StringComparer.Ordinal)
            {
                [Queued] = [],
                ["very busy"] = [JourneyStep.Of("I will wait", Queued)],
                ["not on the chat right now"] =
                [
                    JourneyStep.Of("Leave it as a written report", "write down what you know"),
                    JourneyStep.Of("A blue car parks outside number 12 every evening and people buy drugs from it.", "How can we contact you"),
                    JourneyStep.Of("skip", "Your reference is"),
                ],
            }),
    ]);

    public static IReadOnlyList<Journey> All { get; } = [CrimeReport, ServiceRedirect, OnlineAnswer, Handoff];

    private const string Queued = "passed this to our call-handlers";

    /// <summary>The journeys named on the command line (all when none).</summary>
    public static IReadOnlyList<Journey> Select(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return All;
        }

        return names.Select(n => All.FirstOrDefault(j => j.Name == n)
            ?? throw new ArgumentException($"Unknown journey '{n}'; use {string.Join(", ", All.Select(j => j.Name))}.")).ToList();
    }
}
