using ChatTriage.Bot.Content;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Options;
using ChatTriage.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Moq;

namespace ChatTriage.Bot.Tests.Bots;

public class TriageBotTests
{
    private static readonly TriageContent C = RealContent.Content;

    [Fact]
    public async Task ANewResidentIsGreetedByAComputerWithThePrivacyLinkAnd999()
    {
        var chat = new ConversationHarness(new TriageOptions { PrivacyNoticeUrl = "https://example.police.uk/privacy", ForceName = "Hertfordshire Police" });
        var turn = await chat.JoinAsync();
        Assert.Contains("computer, not a person", turn.Texts[0], StringComparison.Ordinal);
        Assert.True(turn.Says("https://example.police.uk/privacy"), turn.All);
        Assert.True(turn.Says("call 999"), turn.All);
        Assert.Equal(C.Welcome.Ask, turn.Last);
        Assert.Equal(C.Welcome.Options.Select(o => o.Label), turn.Actions);
        Assert.Equal(5, turn.Actions.Count);
    }

    [Fact]
    public async Task TheBotJoiningIsNotGreeted()
    {
        var chat = new ConversationHarness();
        var update = chat.Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [update.Recipient];
        await new TestFlow(chat.Adapter, BotFor(chat).OnTurnAsync)
            .Send(update)
            .StartTestAsync();
        Assert.Null(chat.Adapter.GetNextReply());
    }

    [Fact]
    public async Task TheFirstAnswerAfterTheWelcomeIsRouted()
    {
        var chat = new ConversationHarness();
        await chat.JoinAsync();
        var turn = await chat.SayAsync("Find the right service");
        Assert.Equal(C.RightService.Ask.Prompt, turn.Last);
    }

    [Fact]
    public async Task AConversationWithAnOpenTicketIsRelayedAndRunsNoDialogs()
    {
        var chat = new ConversationHarness();
        await chat.Queue.EnqueueAsync(new HandoffRequest(chat.ConversationId, "{}", "share-information", "step4", "s", "{}"));
        var turn = await chat.SayAsync("noise next door");
        Assert.Empty(turn.Replies);
        chat.Relay.Verify(r => r.RelayToAgentAsync(It.IsAny<ITurnContext>(), It.IsAny<HandoffTicket>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task StateIsSavedAtTheEndOfEveryTurn()
    {
        var storage = new MemoryStorage();
        var chat = new ConversationHarness(storage: storage);
        await chat.SayAsync("Report a crime");
        var key = $"{chat.Adapter.Conversation.ChannelId}/conversations/{chat.ConversationId}";
        var stored = await storage.ReadAsync([key], CancellationToken.None);
        Assert.True(stored.ContainsKey(key));
    }

    [Fact]
    public async Task TestFlowDrivesAWholeStepOneConversation()
    {
        var chat = new ConversationHarness();
        await chat.JoinAsync();
        var bot = BotFor(chat);
        await new TestFlow(chat.Adapter, bot.OnTurnAsync)
            .Send("lost my passport")
            .AssertReply(a => Assert.Contains("HM Passport Office", ((IMessageActivity)a).Text, StringComparison.Ordinal))
            .AssertReply(C.Global.AnythingElse.Prompt)
            .Send("no")
            .AssertReply(C.Global.Feedback.Prompt)
            .Send("no")
            .AssertReply(C.Global.FeedbackComment.Prompt)
            .Send("It did not cover passports from abroad")
            .AssertReply(C.Global.FeedbackThanks)
            .AssertReply(C.Global.Goodbye)
            .StartTestAsync();
        var entry = Assert.Single(chat.Feedback.Entries);
        Assert.False(entry.Helpful);
        Assert.Equal("step1:lost-passport", entry.Outcome);
    }

    private static IBot BotFor(ConversationHarness chat) => chat.Bot;
}
