using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Emergency;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Bot.Tests.Safety;

/// <summary>
/// The 999 interrupt in front of the real bot, at every state a resident can be in: before the first answer, at
/// every prompt of every step, at the summaries, after cancel, while queued for a person, and when what follows it
/// throws. The 999 message must come first, the bot must ask nothing else in that turn, and the resident must be
/// able to carry on where they were.
/// </summary>
public sealed class EmergencyInEveryStateTests
{
    private const string Emergency = "there's a man outside my door with a knife right now";

    private static readonly EmergencyContent EmergencyText = EmergencyContent.Load(RepoPaths.Dialogs);

    public static TheoryData<string, string[]> Journeys()
    {
        var crime = RealContent.Content.CrimeReport.Summary.SubmitLabel;
        var collision = RealContent.Content.Collision.Summary.SubmitLabel;
        return new()
        {
            { "crime report", ["my bike got nicked", "no", "yesterday", "Hitchin", "It was taken from the rack outside work.", "skip", "skip", "skip", "skip", "Sam", "sam@example.com", "yes", crime, "no", "yes", "skip"] },
            { "collision report", ["hit and run on my parked car", "no", "no", "yesterday", "Tesco car park, Stevenage", "K123 ABC", "skip", "skip", "Dent in the door", "Alex", "alex@example.org", "yes", collision, "no", "no"] },
            { "right service", ["noise next door", "no", "yes", "skip"] },
            { "online answer", ["how do I get a DBS check", "no", "no", "no"] },
            { "share information", ["I know who's dealing on my road", "no", "no", "yes"] },
            { "menu and cancel", ["Report a crime", "cancel", "no", "start over", "yes", "help"] },
        };
    }

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task AtEveryPromptThe999MessageComesFirstAloneAndTheResidentCarriesOnWhereTheyWere(string journey, string[] messages)
    {
        for (var stop = 0; stop <= messages.Length; stop++)
        {
            var expected = await ReplayAsync(messages, stop, interrupt: false);
            var actual = await ReplayAsync(messages, stop, interrupt: true);

            Assert.True(
                expected.SequenceEqual(actual),
                $"{journey}, after message {stop}: carrying on after the 999 message changed the conversation.\nexpected:\n{string.Join("\n", expected)}\nactual:\n{string.Join("\n", actual)}");
        }
    }

    /// <summary>
    /// "I'm safe now, carry on" right after the 999 message is not an answer ("now" would be read as the date): the bot
    /// says it will carry on and asks the same question again; the report then goes on as if nothing had happened.
    /// </summary>
    [Theory]
    [InlineData("sorry im safe now, carry on")]
    [InlineData("It was a mistake")]
    [InlineData("continue")]
    public async Task SayingTheyAreSafeAfterThe999MessageAsksTheSameQuestionAgain(string safe)
    {
        string[] journey = ["my bike got nicked", "no", "yesterday", "Hitchin", "It was taken from the rack outside work."];
        var (chat, _) = NewChat();
        await chat.JoinAsync();
        var asked = await chat.SayAllAsync(journey[..2]);
        AssertOnly999(await chat.SayAsync(Emergency), "at the date question");

        var carryOn = await chat.SayAsync(safe);

        Assert.Equal([RealContent.Content.Global.CarryOn, asked.Texts[^1]], carryOn.Texts);
        var rest = new List<string>();
        foreach (var message in journey[2..])
        {
            rest.AddRange((await chat.SayAsync(message)).Texts);
        }

        Assert.Equal(await ReplayAsync(journey, 2, interrupt: false), rest);
    }

    [Fact]
    public async Task OnlyTheFirstMessageAfterThe999MessageCanCarryOnSoLaterWordsAreAnswersAgain()
    {
        var (chat, _) = NewChat();
        await chat.JoinAsync();
        await chat.SayAllAsync("my bike got nicked", "no");
        AssertOnly999(await chat.SayAsync(Emergency), "at the date question");
        var answered = await chat.SayAsync("yesterday");

        var next = await chat.SayAsync("sorry");

        Assert.DoesNotContain(RealContent.Content.Global.CarryOn, answered.Texts);
        Assert.DoesNotContain(RealContent.Content.Global.CarryOn, next.Texts);
    }

    [Fact]
    public async Task TheVeryFirstMessageCanBeAnEmergency()
    {
        var (chat, _) = NewChat();
        var turn = await chat.SayAsync(Emergency);

        AssertOnly999(turn, "the first message");
    }

    [Fact]
    public async Task WhileQueuedTheMessageStillReachesTheAgentAndTheChatIsMarkedUrgent()
    {
        var (chat, audit) = NewChat();
        await chat.JoinAsync();
        await chat.SayAllAsync("I know who's dealing on my road", "no", "no", "yes");
        Assert.Single(chat.Queue.Tickets);

        var turn = await chat.SayAsync(Emergency);

        Assert.True(IsEmergency(turn.Replies[0]), "the 999 message comes first");
        var ticket = Assert.Single(chat.Queue.Tickets);
        Assert.True(ticket.Urgent);
        Assert.False(string.IsNullOrEmpty(ticket.UrgentReason));
        chat.Relay.Verify(
            r => r.RelayToAgentAsync(It.Is<ITurnContext>(c => c.Activity.Text == Emergency), It.IsAny<HandoffTicket>(), It.IsAny<CancellationToken>()),
            Times.Once);
        var recorded = Assert.Single(await audit.ListAsync(DateTimeOffset.MinValue));
        Assert.Equal(EmergencyMiddleware.AuditKind, recorded.Kind);
        Assert.DoesNotContain("knife", recorded.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WhileQueuedSayingItWasAMistakeAfterThe999MessageStillReachesTheAgent()
    {
        var (chat, _) = NewChat();
        await chat.JoinAsync();
        await chat.SayAllAsync("I know who's dealing on my road", "no", "no", "yes");
        await chat.SayAsync(Emergency);

        var turn = await chat.SayAsync("sorry it was a mistake");

        Assert.DoesNotContain(RealContent.Content.Global.CarryOn, turn.Texts);
        chat.Relay.Verify(
            r => r.RelayToAgentAsync(It.Is<ITurnContext>(c => c.Activity.Text == "sorry it was a mistake"), It.IsAny<HandoffTicket>(), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task WhenTheAgentRelayThrowsThe999MessageHasAlreadyGoneFirst()
    {
        var (chat, _) = NewChat();
        await chat.JoinAsync();
        await chat.SayAllAsync("I know who's dealing on my road", "no", "no", "yes");
        chat.Relay
            .Setup(r => r.RelayToAgentAsync(It.IsAny<ITurnContext>(), It.IsAny<HandoffTicket>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("agent hub down"));
        chat.Adapter.OnTurnError = (context, _) => context.SendActivityAsync("error handled");

        var turn = await chat.SayAsync(Emergency);

        Assert.True(IsEmergency(turn.Replies[0]), "the 999 message comes first");
        Assert.Equal("error handled", turn.Last);
    }

    [Fact]
    public async Task WhenALaterMiddlewareThrowsThe999MessageHasAlreadyGoneFirst()
    {
        var (chat, _) = NewChat();
        await chat.JoinAsync();
        await chat.SayAllAsync("my bike got nicked", "no");
        chat.Adapter.Use(new ThrowingMiddleware());
        chat.Adapter.OnTurnError = (context, _) => context.SendActivityAsync("error handled");

        var turn = await chat.SayAsync(Emergency);

        AssertOnly999(turn, "a turn whose later middleware would throw");
    }

    [Fact]
    public async Task NoOtherReplyInAWholeJourneyCarriesTheEmergencyFlag()
    {
        foreach (var row in Journeys())
        {
            var messages = (string[])row[1];
            var (chat, _) = NewChat();
            var turns = new List<Turn> { await chat.JoinAsync() };
            foreach (var message in messages)
            {
                turns.Add(await chat.SayAsync(message));
            }

            Assert.DoesNotContain(turns.SelectMany(t => t.Replies), IsEmergency);
        }
    }

    private static async Task<List<string>> ReplayAsync(string[] messages, int stop, bool interrupt)
    {
        var (chat, _) = NewChat();
        await chat.JoinAsync();
        await chat.SayAllAsync(messages[..stop]);
        if (interrupt)
        {
            AssertOnly999(await chat.SayAsync(Emergency), $"after message {stop}");
        }

        var rest = new List<string>();
        foreach (var message in messages[stop..])
        {
            rest.AddRange((await chat.SayAsync(message)).Texts);
        }

        return rest;
    }

    private static (ConversationHarness Chat, InMemoryAuditLog Audit) NewChat()
    {
        var chat = new ConversationHarness();
        var audit = new InMemoryAuditLog();
        chat.Adapter.Use(new EmergencyMiddleware(EmergencyText, chat.Queue, audit, chat.Clock, NullLogger<EmergencyMiddleware>.Instance, chat.ConversationState));
        return (chat, audit);
    }

    private static void AssertOnly999(Turn turn, string where)
    {
        Assert.True(turn.Replies.Count == 1, $"{where}: expected only the 999 message, got:\n{turn.All}");
        Assert.True(IsEmergency(turn.Replies[0]), $"{where}: the reply is not flagged as the 999 message");
        Assert.StartsWith("Call 999 now.", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    private static bool IsEmergency(IMessageActivity activity) =>
        activity.ChannelData is JObject data && data.Value<bool?>(EmergencyMiddleware.ChannelDataFlag) == true;

    private sealed class ThrowingMiddleware : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("a later middleware failed");
    }
}
