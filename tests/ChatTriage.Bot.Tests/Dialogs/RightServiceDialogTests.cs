using ChatTriage.Bot.Content;
using ChatTriage.Bot.Tests.Support;

namespace ChatTriage.Bot.Tests.Dialogs;

public class RightServiceDialogTests
{
    private static readonly TriageContent C = RealContent.Content;

    [Fact]
    public async Task NoiseNextDoorIsSentToTheCouncilThenAsksAnythingElse()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("noise next door");
        Assert.True(turn.Says("local council"), turn.All);
        Assert.Equal(C.Global.AnythingElse.Prompt, turn.Last);
    }

    [Fact]
    public async Task FinishingAsksWasThisHelpfulAndKeepsTheAnswerWithTheOutcome()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("noise next door");
        var turn = await chat.SayAsync("no");
        Assert.Equal(C.Global.Feedback.Prompt, turn.Last);
        turn = await chat.SayAsync("yes");
        Assert.Equal(C.Global.FeedbackComment.Prompt, turn.Last);
        turn = await chat.SayAsync("Quick and clear");
        Assert.True(turn.Says(C.Global.FeedbackThanks), turn.All);
        Assert.Equal(C.Global.Goodbye, turn.Last);
        var entry = Assert.Single(chat.Feedback.Entries);
        Assert.Equal("step1:noise", entry.Outcome);
        Assert.True(entry.Helpful);
        Assert.Equal("Quick and clear", entry.Comment);
    }

    [Fact]
    public async Task TheMenuChoiceAsksWhatItIsAboutThenGivesTheLinkAndNumber()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("Find the right service");
        Assert.Equal(C.RightService.Ask.Prompt, turn.Last);
        turn = await chat.SayAsync("I got a scam text");
        Assert.True(turn.Says("7726"), turn.All);
    }

    [Fact]
    public async Task FraudGivesReportFraudWithItsNumberAndWebsite()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("I think I've been a victim of fraud");
        Assert.True(turn.Says("reportfraud.police.uk"), turn.All);
        Assert.True(turn.Says("0300 123 2040"), turn.All);
    }

    [Fact]
    public async Task AnAnswerThatMatchesNoServiceSaysSoAndWhatElseICanDo()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("Find the right service");
        var turn = await chat.SayAsync("purple elephants");
        Assert.True(turn.Says(C.RightService.NotFound), turn.All);
        Assert.True(turn.Says(C.Global.Help), turn.All);
    }

    [Fact]
    public async Task AnEmptyOrEmojiAnswerGetsTheRetryPromptAndThreeFailuresOfferAPerson()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("Find the right service");
        var turn = await chat.SayAsync("😀😀😀");
        Assert.Equal(C.RightService.Ask.Retry, turn.Last);
        turn = await chat.SayAsync(" ");
        Assert.Equal(C.RightService.Ask.Retry, turn.Last);
        turn = await chat.SayAsync("👍");
        Assert.Equal(C.Global.OfferPerson.Prompt, turn.Last);
        turn = await chat.SayAsync("no");
        Assert.Equal(C.RightService.Ask.Prompt, turn.Last);
    }
}
