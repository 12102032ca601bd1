using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;
using ChatTriage.Bot.Tests.Support;

namespace ChatTriage.Bot.Tests.Dialogs;

public class CheckOnlineDialogTests
{
    private static readonly TriageContent C = RealContent.Content;

    private static OnlineAnswer Answer(string id) => C.OnlineAnswers.Answers.Single(a => a.Id == id);

    [Fact]
    public async Task AQuestionGetsTheBestAnswerWithItsSourceAndAsksIfItHelped()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("how do I get a DBS check");
        Assert.True(turn.Says(Answer("dbs-check").Answer), turn.All);
        Assert.True(turn.Says(Answer("dbs-check").Source), turn.All);
        Assert.Equal(C.OnlineAnswers.DidItHelp.Prompt, turn.Last);
    }

    [Fact]
    public async Task YesEndsTheStepWithThatAnswerAsTheOutcome()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("how much do call handlers get paid");
        var turn = await chat.SayAsync("yes");
        Assert.Equal(C.Global.AnythingElse.Prompt, turn.Last);
        await chat.SayAllAsync("no", "yes", "skip");
        Assert.Equal("step2:careers-call-handler", Assert.Single(chat.Feedback.Entries).Outcome);
    }

    [Fact]
    public async Task NoShowsTheNextBestThenSaysThereIsNoMoreAndWhatElseICanDo()
    {
        var chat = new ConversationHarness();
        var first = await chat.SayAsync("firearms certificate");
        var turn = await chat.SayAsync("no");
        Assert.True(turn.Says(C.OnlineAnswers.NextBest), turn.All);
        Assert.Equal(C.OnlineAnswers.DidItHelp.Prompt, turn.Last);
        Assert.NotEqual(first.Texts[0], turn.Texts[1]);
        for (var i = 0; i < 3 && !turn.Says(C.OnlineAnswers.NoMore); i++)
        {
            turn = await chat.SayAsync("no");
        }

        Assert.True(turn.Says(C.OnlineAnswers.NoMore), turn.All);
        Assert.Equal(C.Global.AnythingElse.Prompt, turn.Last);
    }

    [Fact]
    public async Task TheMenuChoiceAsksForTheQuestionFirst()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("Check for an answer online");
        Assert.Equal(C.OnlineAnswers.Ask.Prompt, turn.Last);
        turn = await chat.SayAsync("clare's law");
        Assert.True(turn.Says(Answer("clares-law").Answer), turn.All);
    }

    [Fact]
    public async Task AQuestionWithNoAnswerSaysSo()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("Check for an answer online");
        var turn = await chat.SayAsync("purple elephant banana");
        Assert.True(turn.Says(C.OnlineAnswers.NotFound), turn.All);
    }
}
