using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Options;
using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Tests.Support;
using Moq;
using Newtonsoft.Json;

namespace ChatTriage.Bot.Tests.Dialogs;

public class ShareInformationDialogTests
{
    private static readonly TriageContent C = RealContent.Content;
    private static readonly ShareInformationContent S = C.ShareInformation;

    [Fact]
    public async Task InformationIsHandedToTheQueueWithThePlaceAndRoughWait()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("I know who's dealing on my road");
        Assert.Equal(S.DangerNow.Prompt, turn.Last);
        turn = await chat.SayAsync("no");
        Assert.Equal(S.Anonymous.Prompt, turn.Last);
        turn = await chat.SayAsync("no");
        Assert.Equal(S.Consent.Prompt, turn.Last);
        turn = await chat.SayAsync("yes");
        Assert.Contains("number 1 in the queue", turn.Last, StringComparison.Ordinal);
        Assert.Contains("about 5 minutes", turn.Last, StringComparison.Ordinal);
        var ticket = Assert.Single(chat.Queue.Tickets);
        Assert.Equal(chat.ConversationId, ticket.ConversationId);
        Assert.Equal("I know who's dealing on my road", ticket.Summary);
        var reference = JsonConvert.DeserializeObject<Microsoft.Bot.Schema.ConversationReference>(ticket.ConversationReferenceJson)!;
        Assert.Equal(chat.ConversationId, reference.Conversation.Id);
    }

    [Fact]
    public async Task OnceQueuedTheBotRelaysMessagesInsteadOfAnswering()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("I know who's dealing on my road", "no", "no", "yes");
        var turn = await chat.SayAsync("Are you still there?");
        Assert.Empty(turn.Replies);
        chat.Relay.Verify(r => r.RelayToAgentAsync(It.IsAny<Microsoft.Bot.Builder.ITurnContext>(), It.Is<HandoffTicket>(t => t.ConversationId == chat.ConversationId), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SomeoneInDangerNowIsSentTo999()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("I have information about a crime");
        var turn = await chat.SayAsync("yes");
        Assert.Equal(C.Global.CallEmergency, turn.Last);
        Assert.Empty(chat.Queue.Tickets);
    }

    [Fact]
    public async Task StayingAnonymousPointsToCrimestoppers()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("I have information about a crime", "no");
        var turn = await chat.SayAsync("yes");
        Assert.True(turn.Says(S.Crimestoppers), turn.All);
        Assert.Contains("0800 555 111", S.Crimestoppers, StringComparison.Ordinal);
        Assert.Empty(chat.Queue.Tickets);
    }

    [Fact]
    public async Task WithoutConsentNothingIsPassedOn()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("I have information about a crime", "no", "no");
        var turn = await chat.SayAsync("no");
        Assert.True(turn.Says(S.NoConsent), turn.All);
        Assert.Empty(chat.Queue.Tickets);
    }

    [Fact]
    public async Task OutOfHoursTheResidentCanLeaveAWrittenReportWithAReference()
    {
        var options = new TriageOptions { OpeningHours = "08:00-20:00", TimeZone = "UTC", OpeningHoursText = "from 8am to 8pm" };
        var chat = new ConversationHarness(options, new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.Zero));
        var turn = await chat.SayAllAsync("I know who's dealing on my road", "no", "no", "yes");
        Assert.True(turn.Says("from 8am to 8pm"), turn.All);
        Assert.Equal([S.WrittenLabel, S.PhoneLabel], turn.Actions);
        turn = await chat.SayAsync(S.WrittenLabel);
        Assert.Equal(S.Written.Prompt, turn.Last);
        turn = await chat.SayAsync("A grey van parks at number 20 every night and people come and go.");
        Assert.Equal(S.Contact.Prompt, turn.Last);
        turn = await chat.SayAsync("skip");
        var stored = Assert.Single(chat.Reports.Reports);
        Assert.Equal(ReportKind.Information, stored.Kind);
        Assert.True(turn.Says(stored.Reference), turn.All);
        var draft = JsonConvert.DeserializeObject<InformationDraft>(stored.Json)!;
        Assert.Equal("I know who's dealing on my road", draft.About);
        Assert.Null(draft.Contact);
        Assert.Empty(chat.Queue.Tickets);
    }

    [Fact]
    public async Task OutOfHoursTheResidentCanChoose101()
    {
        var options = new TriageOptions { OpeningHours = "08:00-20:00", TimeZone = "UTC" };
        var chat = new ConversationHarness(options, new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
        await chat.SayAllAsync("I know who's dealing on my road", "no", "no", "yes");
        var turn = await chat.SayAsync(S.PhoneLabel);
        Assert.True(turn.Says(S.PhoneAdvice), turn.All);
    }

    [Fact]
    public async Task ALongQueueOffersOtherWaysOrWaiting()
    {
        var chat = new ConversationHarness(new TriageOptions { OpeningHours = "00:00-23:59", TimeZone = "UTC", LongQueueThreshold = 2 });
        await chat.Queue.EnqueueAsync(new HandoffRequest("other-1", "{}", "c", "step4", "s", "{}"));
        await chat.Queue.EnqueueAsync(new HandoffRequest("other-2", "{}", "c", "step4", "s", "{}"));
        var turn = await chat.SayAllAsync("I know who's dealing on my road", "no", "no", "yes");
        Assert.True(turn.Says("number 3 in the queue"), turn.All);
        Assert.Equal([S.WrittenLabel, S.PhoneLabel, S.WaitLabel], turn.Actions);
        turn = await chat.SayAsync(S.WaitLabel);
        Assert.Contains("number 3 in the queue", turn.Last, StringComparison.Ordinal);
        Assert.Equal(3, chat.Queue.Tickets.Count);
    }

    [Fact]
    public async Task TalkToAPersonAsksWhatItIsAboutFirst()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("can I talk to a person");
        Assert.Equal(S.About.Prompt, turn.Last);
        turn = await chat.SayAsync("My neighbour keeps threatening me");
        Assert.Equal(S.DangerNow.Prompt, turn.Last);
    }
}
