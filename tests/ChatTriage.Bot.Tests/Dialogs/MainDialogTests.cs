using ChatTriage.Bot.Content;
using ChatTriage.Bot.Tests.Support;

namespace ChatTriage.Bot.Tests.Dialogs;

public class MainDialogTests
{
    private static readonly TriageContent C = RealContent.Content;

    /// <summary>A message that starts each step and the question that step then asks.</summary>
    public static TheoryData<string[], string> StepPrompts() => new()
    {
        { ["Find the right service"], C.RightService.Ask.Prompt },
        { ["Check for an answer online"], C.OnlineAnswers.Ask.Prompt },
        { ["Report a crime"], C.CrimeReport.HappeningNow.Prompt },
        { ["Report a crime", "no"], C.CrimeReport.Type.Prompt },
        { ["my bike got nicked", "no", "yesterday"], C.CrimeReport.Where.Prompt },
        { ["someone hit my car"], C.Collision.AnyoneHurt.Prompt },
        { ["someone hit my car", "no", "no", "today"], C.Collision.Where.Prompt },
        { ["Talk to a person"], C.ShareInformation.About.Prompt },
        { ["I know who's dealing on my road"], C.ShareInformation.DangerNow.Prompt },
        { ["noise next door"], C.Global.AnythingElse.Prompt },
    };

    [Theory]
    [MemberData(nameof(StepPrompts))]
    public async Task HelpAtAnyStepExplainsThenAsksTheSameQuestionAgain(string[] messages, string prompt)
    {
        var chat = new ConversationHarness();
        Assert.Equal(prompt, (await chat.SayAllAsync(messages)).Last);
        var turn = await chat.SayAsync("help");
        Assert.Equal(C.Global.Help, turn.Texts[^2]);
        Assert.Equal(prompt, turn.Last);
    }

    [Theory]
    [MemberData(nameof(StepPrompts))]
    public async Task StartOverAtAnyStepConfirmsThenGoesBackToTheStart(string[] messages, string prompt)
    {
        var chat = new ConversationHarness();
        Assert.Equal(prompt, (await chat.SayAllAsync(messages)).Last);
        var turn = await chat.SayAsync("start over");
        Assert.Equal(C.Global.CancelConfirm.Prompt, turn.Last);
        turn = await chat.SayAsync("yes");
        Assert.Equal(C.Global.Cancelled, turn.Texts[0]);
        Assert.Equal(C.Welcome.Ask, turn.Last);
        Assert.Equal(C.Welcome.Options.Count, turn.Actions.Count);
    }

    [Theory]
    [MemberData(nameof(StepPrompts))]
    public async Task CancelAtAnyStepThenNoCarriesOnWhereItWas(string[] messages, string prompt)
    {
        var chat = new ConversationHarness();
        Assert.Equal(prompt, (await chat.SayAllAsync(messages)).Last);
        await chat.SayAsync("cancel");
        var turn = await chat.SayAsync("no");
        Assert.Equal(C.Global.CarryOn, turn.Texts[0]);
        Assert.Equal(prompt, turn.Last);
    }

    [Theory]
    [MemberData(nameof(StepPrompts))]
    public async Task TalkToAPersonAtAnyStepStartsTheHandoff(string[] messages, string prompt)
    {
        var chat = new ConversationHarness();
        Assert.Equal(prompt, (await chat.SayAllAsync(messages)).Last);
        var turn = await chat.SayAsync("can I speak to a real person");
        if (prompt == C.ShareInformation.About.Prompt || prompt == C.ShareInformation.DangerNow.Prompt)
        {
            // Already on the way to a person: the same question again.
            Assert.Equal(prompt, turn.Last);
        }
        else
        {
            Assert.True(turn.Says(C.ShareInformation.Intro), turn.All);
            Assert.Equal(C.ShareInformation.About.Prompt, turn.Last);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AskingForAPersonInTheMiddleOfAReportPassesTheAnswersGivenSoFar(bool plainJson)
    {
        var chat = new ConversationHarness(storage: plainJson ? new PlainJsonStorage() : new Microsoft.Bot.Builder.MemoryStorage());
        await chat.SayAllAsync("my bike got nicked", "no", "yesterday", "Station Road, Hitchin");
        await chat.SayAllAsync("talk to a person", "Bike stolen", "no", "no", "yes");
        var ticket = Assert.Single(chat.Queue.Tickets);
        Assert.Contains("Station Road, Hitchin", ticket.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("bike-theft", ticket.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnclearAnswerToTheCancelQuestionAsksAgain()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("Report a crime", "cancel");
        var turn = await chat.SayAsync("banana");
        Assert.Equal(C.Global.CancelConfirm.Retry, turn.Last);
        turn = await chat.SayAsync("yes");
        Assert.Equal(C.Welcome.Ask, turn.Last);
    }

    [Fact]
    public async Task TwoRoutesThatFitEquallyGetAClarifyingQuestion()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("car stolen collision");
        Assert.Equal(C.Global.Clarify, turn.Last);
        var crime = C.Routing.Routes.Single(r => r.Id == "report-crime").Label;
        Assert.Contains(crime, turn.Actions);
        turn = await chat.SayAsync(crime);
        Assert.Equal(C.CrimeReport.HappeningNow.Prompt, turn.Last);
    }

    [Fact]
    public async Task ThreeMessagesNotUnderstoodOfferAPerson()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("purple elephant");
        Assert.Equal(C.Global.NotUnderstood, turn.Texts[^2]);
        Assert.Equal(C.Welcome.Ask, turn.Last);
        await chat.SayAsync("banana");
        turn = await chat.SayAsync("😀");
        Assert.Equal(C.Global.OfferPerson.Prompt, turn.Last);
        turn = await chat.SayAsync("yes");
        Assert.Equal(C.ShareInformation.About.Prompt, turn.Last);
    }

    [Fact]
    public async Task TheEmergencyChoiceSaysCall999()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("It is an emergency");
        Assert.Equal(C.Global.CallEmergency, turn.Last);
    }

    [Fact]
    public async Task AnythingElseYesGoesBackToTheStartAndTheNextStepWorks()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("noise next door");
        var turn = await chat.SayAsync("yes");
        Assert.Equal(C.Welcome.Ask, turn.Last);
        turn = await chat.SayAsync("fly tipping");
        Assert.True(turn.Says("fly-tipping"), turn.All);
    }

    [Fact]
    public async Task HelpAsTheVeryFirstMessageExplainsAndAsks()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("help");
        Assert.Equal(C.Global.Help, turn.Texts[^2]);
        Assert.Equal(C.Welcome.Ask, turn.Last);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("Hi!")]
    [InlineData("good morning")]
    public async Task AGreetingAsTheFirstMessageGetsTheWelcomeAndTheMenu(string greeting)
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync(greeting);
        Assert.Contains("computer", turn.Texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain(C.Global.NotUnderstood, turn.Texts);
        Assert.Equal(C.Welcome.Ask, turn.Last);
    }

    [Fact]
    public async Task TheWelcomeIsSentOnceWhenTheChannelSendsNoConversationUpdate()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("hello");
        var second = await chat.SayAsync("help");
        Assert.Equal(C.Global.Help, second.Texts[0]);
    }

    [Fact]
    public async Task AGreetingBeforeRealWordsIsNotTakenAsAGreetingOnly()
    {
        var chat = new ConversationHarness();
        await chat.JoinAsync();
        var turn = await chat.SayAsync("good morning, someone has dumped rubbish in the lane");
        Assert.NotEqual(C.Welcome.Ask, turn.Texts[0]);
        Assert.DoesNotContain(C.Global.NotUnderstood, turn.Texts);
    }
}
