using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Emergency;
using ChatTriage.Bot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ChatTriage.Bot.Tests.Emergency;

public sealed class EmergencyMiddlewareTests
{
    private const string Knife = "there's a man outside with a knife";
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 13, 0, 0, TimeSpan.Zero);

    private readonly Mock<IHandoffQueue> queue = new(MockBehavior.Strict);
    private readonly List<AuditEvent> audited = [];
    private readonly Mock<IAuditLog> audit = new();
    private int botCalls;

    public EmergencyMiddlewareTests()
    {
        queue.Setup(q => q.FindOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((HandoffTicket?)null);
        audit.Setup(a => a.RecordAsync(It.IsAny<AuditEvent>(), It.IsAny<CancellationToken>()))
            .Callback<AuditEvent, CancellationToken>((e, _) => audited.Add(e))
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task FiresOnTheVeryFirstMessageAndStopsTheTurn()
    {
        await new TestFlow(Adapter(), Bot)
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .AssertNoReply("no other reply", 200)
            .StartTestAsync();

        Assert.Equal(0, botCalls);
    }

    [Fact]
    public async Task TheEmergencyMessageSaysCall999FirstWithTelLinksAndNamesTheRule()
    {
        await new TestFlow(Adapter(), Bot)
            .Send("my dad is not breathing")
            .AssertReply(activity =>
            {
                var message = Assert.IsAssignableFrom<IMessageActivity>(activity);
                Assert.StartsWith("Call 999 now.", message.Text, StringComparison.Ordinal);
                Assert.Contains("(tel:999)", message.Text, StringComparison.Ordinal);
                Assert.Contains("55", message.Text, StringComparison.Ordinal);
                Assert.Contains("(tel:18000)", message.Text, StringComparison.Ordinal);
                Assert.Contains("999bsl.co.uk", message.Text, StringComparison.Ordinal);
                Assert.Contains("emergencySMS", message.Text, StringComparison.Ordinal);
                var data = Assert.IsType<Newtonsoft.Json.Linq.JObject>(message.ChannelData);
                Assert.Equal("medical.not-breathing", (string?)data[EmergencyMiddleware.ChannelDataRule]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task OrdinaryMessagesPassThroughAndNoOtherActivityCarriesTheFlag()
    {
        var adapter = Adapter();
        await new TestFlow(adapter, Bot)
            .Send("my bike was stolen last week")
            .AssertReply(a => Assert.False(EmergencyMiddleware.IsEmergencyActivity(a)))
            .Send("hello")
            .AssertReply(a => Assert.False(EmergencyMiddleware.IsEmergencyActivity(a)))
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .AssertNoReply("no other reply", 200)
            .Send("thanks, I'm safe now")
            .AssertReply(a => Assert.False(EmergencyMiddleware.IsEmergencyActivity(a)))
            .StartTestAsync();

        Assert.Equal(3, botCalls);
        Assert.Single(audited);
    }

    [Fact]
    public async Task WhenQueuedOrWithAnAgentTheMessageStillReachesTheAgentAndTheTicketIsMarkedUrgent()
    {
        queue.Setup(q => q.FindOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(Ticket);
        queue.Setup(q => q.MarkUrgentAsync(It.IsAny<string>(), "violence.weapon-held", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await new TestFlow(Adapter(), Bot)
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .AssertReply(a => Assert.Equal("bot: " + Knife, a.AsMessageActivity().Text))
            .StartTestAsync();

        Assert.Equal(1, botCalls);
        queue.Verify(q => q.MarkUrgentAsync(It.IsAny<string>(), "violence.weapon-held", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task StillSendsTheEmergencyMessageWhenTheHandoffQueueThrows()
    {
        queue.Setup(q => q.FindOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database down"));

        await new TestFlow(Adapter(), Bot)
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .AssertNoReply("no other reply", 200)
            .StartTestAsync();

        Assert.Single(audited);
    }

    [Fact]
    public async Task StillReachesTheAgentWhenMarkingUrgentThrows()
    {
        queue.Setup(q => q.FindOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(Ticket);
        queue.Setup(q => q.MarkUrgentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException());

        await new TestFlow(Adapter(), Bot)
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .AssertReply(a => Assert.StartsWith("bot: ", a.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task TheEmergencyMessageComesFirstEvenWhenTheBotAfterItThrows()
    {
        queue.Setup(q => q.FindOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(Ticket);
        queue.Setup(q => q.MarkUrgentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var content = RepoContent.Emergency;
        var adapter = Adapter();
        adapter.OnTurnError = (turn, _) => turn.SendActivityAsync("Sorry, something went wrong. " + content.ApologyLine);

        await new TestFlow(adapter, (_, _) => throw new InvalidOperationException("dialog bug"))
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .AssertReply(a => Assert.Contains(content.ApologyLine, a.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task TheEmergencyMessageComesFirstEvenWhenALaterMiddlewareThrows()
    {
        queue.Setup(q => q.FindOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(Ticket);
        queue.Setup(q => q.MarkUrgentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var adapter = Adapter();
        adapter.Use(new ThrowingMiddleware());
        adapter.OnTurnError = (turn, _) => turn.SendActivityAsync(RepoContent.Emergency.ApologyLine);

        await new TestFlow(adapter, Bot)
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .AssertReply(a => Assert.False(EmergencyMiddleware.IsEmergencyActivity(a)))
            .StartTestAsync();

        Assert.Equal(0, botCalls);
    }

    [Fact]
    public async Task EveryFiringIsAuditedWithTheRuleAndTimeButNeverTheText()
    {
        await new TestFlow(Adapter(), Bot)
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .StartTestAsync();

        var entry = Assert.Single(audited);
        Assert.Equal(EmergencyMiddleware.AuditKind, entry.Kind);
        Assert.Equal("violence.weapon-held", entry.Detail);
        Assert.Equal(Now, entry.At);
        Assert.False(string.IsNullOrEmpty(entry.ConversationId));
        Assert.DoesNotContain("knife", entry.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MarksTheTurnAndTheConversationButLeavesDialogStateAsItWas()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var step = conversationState.CreateProperty<string>("dialogStep");
        var middleware = Middleware(conversationState);
        var adapter = new TestAdapter(TestAdapter.CreateConversation(nameof(MarksTheTurnAndTheConversationButLeavesDialogStateAsItWas)))
            .Use(middleware)
            .Use(new AutoSaveStateMiddleware(conversationState));
        object? firedInTurn = null;

        await new TestFlow(adapter, async (turn, ct) =>
            {
                await step.SetAsync(turn, "asking-for-address", ct);
                await turn.SendActivityAsync("where did it happen?", cancellationToken: ct);
            })
            .Send("I want to report a crime")
            .AssertReply("where did it happen?")
            .StartTestAsync();

        adapter.Use(new TurnStateProbe(state => firedInTurn = state));
        await new TestFlow(adapter, (_, _) => Task.CompletedTask)
            .Send("my son is not breathing")
            .AssertReply(AssertEmergency)
            .StartTestAsync();

        var stored = await storage.ReadAsync([$"test/conversations/{nameof(MarksTheTurnAndTheConversationButLeavesDialogStateAsItWas)}"], CancellationToken.None);
        var state = Assert.Single(stored).Value as IDictionary<string, object>;
        Assert.NotNull(state);
        Assert.Equal("asking-for-address", state["dialogStep"]);
        var marker = Newtonsoft.Json.Linq.JObject.FromObject(state[EmergencyMiddleware.ConversationFlagProperty]);
        Assert.Equal("medical.not-breathing", (string?)marker["RuleId"]);
        Assert.Null(firedInTurn);
    }

    [Theory]
    [InlineData("I'm safe now", true)]
    [InlineData("false alarm, carry on", true)]
    [InlineData("yesterday", false)]
    public async Task TheNextMessageClearsTheMarkerAndSaysWhetherItOnlyMeansCarryOn(string next, bool safeAgain)
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var id = $"{nameof(TheNextMessageClearsTheMarkerAndSaysWhetherItOnlyMeansCarryOn)}-{safeAgain}-{next.Length}";
        var adapter = new TestAdapter(TestAdapter.CreateConversation(id))
            .Use(Middleware(conversationState))
            .Use(new AutoSaveStateMiddleware(conversationState));
        await new TestFlow(adapter, (_, _) => Task.CompletedTask)
            .Send("my son is not breathing")
            .AssertReply(AssertEmergency)
            .StartTestAsync();
        bool? seen = null;

        await new TestFlow(adapter, (turn, _) =>
            {
                seen = turn.TurnState.ContainsKey(EmergencyMiddleware.SafeAgainKey);
                return Task.CompletedTask;
            })
            .Send(next)
            .StartTestAsync();

        Assert.Equal(safeAgain, seen);
        var stored = await storage.ReadAsync([$"test/conversations/{id}"], CancellationToken.None);
        var state = Assert.Single(stored).Value as IDictionary<string, object>;
        Assert.NotNull(state);
        Assert.False(state.ContainsKey(EmergencyMiddleware.ConversationFlagProperty), "the marker is cleared by the next message");
    }

    [Fact]
    public async Task WithoutAn999MessageBeforeItCarryOnWordsAreJustAMessage()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter(TestAdapter.CreateConversation(nameof(WithoutAn999MessageBeforeItCarryOnWordsAreJustAMessage)))
            .Use(Middleware(conversationState))
            .Use(new AutoSaveStateMiddleware(conversationState));
        bool? seen = null;

        await new TestFlow(adapter, (turn, _) =>
            {
                seen = turn.TurnState.ContainsKey(EmergencyMiddleware.SafeAgainKey);
                return Task.CompletedTask;
            })
            .Send("continue")
            .StartTestAsync();

        Assert.False(seen);
    }

    [Fact]
    public async Task TheBotCanSeeInTurnStateThatTheInterruptFired()
    {
        queue.Setup(q => q.FindOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(Ticket);
        queue.Setup(q => q.MarkUrgentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        EmergencyDetection? seen = null;

        await new TestFlow(Adapter(), (turn, _) =>
            {
                seen = turn.TurnState.Get<EmergencyDetection>(EmergencyMiddleware.FiredKey);
                return Task.CompletedTask;
            })
            .Send(Knife)
            .AssertReply(AssertEmergency)
            .StartTestAsync();

        Assert.NotNull(seen);
        Assert.Equal("violence.weapon-held", seen.RuleId);
    }

    [Fact]
    public async Task NonMessageActivitiesPassStraightThrough()
    {
        var adapter = Adapter();
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("user1")],
        };

        await new TestFlow(adapter, (turn, ct) => turn.SendActivityAsync("welcome", cancellationToken: ct))
            .Send(update)
            .AssertReply("welcome")
            .StartTestAsync();

        queue.Verify(q => q.FindOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static HandoffTicket Ticket => new()
    {
        Id = "t1",
        ConversationId = "c",
        ConversationReferenceJson = "{}",
        Category = "share-information",
        Step = "step4",
        Summary = "waiting",
        DetailsJson = "{}",
        Status = HandoffStatus.Assigned,
        CreatedAt = Now,
    };

    private static void AssertEmergency(IActivity activity)
    {
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.True(EmergencyMiddleware.IsEmergencyActivity(activity), "expected the 999 message first");
        Assert.StartsWith("Call 999 now.", activity.AsMessageActivity().Text, StringComparison.Ordinal);
    }

    private Task Bot(ITurnContext turn, CancellationToken cancellationToken)
    {
        botCalls++;
        return turn.SendActivityAsync("bot: " + turn.Activity.Text, cancellationToken: cancellationToken);
    }

    private TestAdapter Adapter() => new TestAdapter(TestAdapter.CreateConversation(Guid.NewGuid().ToString("N"))).Use(Middleware(null));

    private EmergencyMiddleware Middleware(ConversationState? state) =>
        new(RepoContent.Emergency, queue.Object, audit.Object, new FixedTimeProvider(Now), NullLogger<EmergencyMiddleware>.Instance, state);

    private sealed class ThrowingMiddleware : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("later middleware bug");
    }

    private sealed class TurnStateProbe(Action<object?> seen) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            seen(turnContext.TurnState.Get<EmergencyDetection>(EmergencyMiddleware.FiredKey));
            return next(cancellationToken);
        }
    }
}
