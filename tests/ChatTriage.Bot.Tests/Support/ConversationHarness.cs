using ChatTriage.Bot.Bots;
using ChatTriage.Bot.Dialogs;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Options;
using ChatTriage.Bot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ChatTriage.Bot.Tests.Support;

/// <summary>
/// One resident's conversation with the real bot over TestAdapter and real ConversationState/UserState
/// (MemoryStorage, or plain JSON storage), with list-backed stores. <see cref="SayAsync"/> returns the bot's replies.
/// </summary>
public sealed class ConversationHarness
{
    private static readonly Lazy<TriageLanguage> Language = new(() => new TriageLanguage(RealContent.Content));

    public ConversationHarness(TriageOptions? options = null, DateTimeOffset? now = null, IStorage? storage = null)
    {
        Options = options ?? new TriageOptions { OpeningHours = "00:00-23:59", TimeZone = "UTC" };

        // Wednesday 25 November 2026, midday.
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        storage ??= new MemoryStorage();
        ConversationState = new ConversationState(storage);
        var conversationState = ConversationState;
        var deps = new TriageDependencies(RealContent.Content, Language.Value, Microsoft.Extensions.Options.Options.Create(Options), Clock, Reports, Queue, Feedback);
        var main = new MainDialog(
            deps,
            new RightServiceDialog(deps),
            new CheckOnlineDialog(deps),
            new ReportCrimeDialog(deps),
            new ReportCollisionDialog(deps),
            new ShareInformationDialog(deps),
            new FeedbackDialog(deps));
        Bot = new TriageBot(conversationState, new UserState(storage), main, Queue, Relay.Object, RealContent.Content, Microsoft.Extensions.Options.Options.Create(Options));
        Adapter = new TestAdapter(TestAdapter.CreateConversation("resident-" + Guid.NewGuid().ToString("N")[..8]));
    }

    public TestAdapter Adapter { get; }

    /// <summary>The bot's conversation state, for middleware that keeps its own property there (the 999 marker).</summary>
    public ConversationState ConversationState { get; }

    public TriageBot Bot { get; }

    public TriageOptions Options { get; }

    public FakeTimeProvider Clock { get; }

    public FakeReportStore Reports { get; } = new();

    public FakeHandoffQueue Queue { get; } = new();

    public FakeFeedbackStore Feedback { get; } = new();

    public Mock<IAgentRelay> Relay { get; } = new();

    public string ConversationId => Adapter.Conversation.Conversation.Id;

    /// <summary>Sends a message and returns the texts of every reply in that turn.</summary>
    public async Task<Turn> SayAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, Bot.OnTurnAsync, CancellationToken.None);
        return Drain();
    }

    /// <summary>The resident joins: conversationUpdate with the resident added.</summary>
    public async Task<Turn> JoinAsync()
    {
        var update = Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [new ChannelAccount("resident", "Resident")];
        await Adapter.ProcessActivityAsync(update, Bot.OnTurnAsync, CancellationToken.None);
        return Drain();
    }

    /// <summary>Sends each message in turn and returns the last turn's replies.</summary>
    public async Task<Turn> SayAllAsync(params string[] messages)
    {
        Turn last = new([]);
        foreach (var message in messages)
        {
            last = await SayAsync(message);
        }

        return last;
    }

    private Turn Drain()
    {
        var replies = new List<IMessageActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            if (reply is IMessageActivity message && reply.Type == ActivityTypes.Message)
            {
                replies.Add(message);
            }
        }

        return new Turn(replies);
    }
}
