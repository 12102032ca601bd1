using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;
using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Tests.Support;
using Newtonsoft.Json;

namespace ChatTriage.Bot.Tests.Dialogs;

public class ReportCollisionDialogTests
{
    private static readonly TriageContent C = RealContent.Content;
    private static readonly CollisionContent K = C.Collision;

    [Fact]
    public async Task SomeoneSeriouslyHurtNowIsSentTo999()
    {
        var chat = new ConversationHarness();
        var turn = await chat.SayAsync("someone hit my car");
        Assert.True(turn.Says(K.Intro), turn.All);
        Assert.Equal(K.AnyoneHurt.Prompt, turn.Last);
        turn = await chat.SayAsync("yes");
        Assert.Equal(K.HurtNowSerious.Prompt, turn.Last);
        turn = await chat.SayAsync("yes");
        Assert.Equal(K.HurtCallEmergency, turn.Last);
    }

    [Fact]
    public async Task SomeoneHurtButNotNowIsToldToReportWithin24HoursOn101()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("someone hit my car", "yes");
        var turn = await chat.SayAsync("no");
        Assert.True(turn.Says(K.HurtMustReport), turn.All);
        Assert.Contains("24 hours", K.HurtMustReport, StringComparison.Ordinal);
        Assert.Equal(C.Global.AnythingElse.Prompt, turn.Last);
    }

    [Fact]
    public async Task DetailsExchangedAndNoProblemNeedNotBeReported()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("someone hit my car", "no");
        var turn = await chat.SayAsync("yes");
        Assert.Equal(K.Problem.Prompt, turn.Last);
        Assert.Equal(K.Problems.Values.Count, turn.Actions.Count);
        turn = await chat.SayAsync(K.Problems["none"]);
        Assert.True(turn.Says(K.NoNeedToReport), turn.All);
        Assert.Empty(chat.Reports.Reports);
    }

    [Fact]
    public async Task AnUninsuredDriverIsReportedWithValidatedRegistrations()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("someone hit my car", "no", "yes");
        var turn = await chat.SayAsync(K.Problems["uninsured"]);
        Assert.True(turn.Says(K.MustReport), turn.All);
        Assert.Equal(K.When.Prompt, turn.Last);
        await chat.SayAllAsync("today", "A505, Hitchin");
        turn = await chat.SayAsync("HELLO WORLD");
        Assert.Equal(K.YourRegistration.Retry, turn.Last);
        turn = await chat.SayAsync("ab12 cde");
        Assert.Equal(K.OtherRegistration.Prompt, turn.Last);
        turn = await chat.SayAsync("don't know");
        Assert.Equal(K.OtherDriver.Prompt, turn.Last);
        await chat.SayAllAsync("Silver Ford Focus, man in his 40s", "Rear bumper", "Alex Jones", "01462 123456");
        turn = await chat.SayAsync("yes");
        Assert.True(turn.Says("Your registration: AB12 CDE"), turn.All);
        Assert.True(turn.Says("Other registration: " + C.Global.NotGiven), turn.All);
        turn = await chat.SayAsync(K.Summary.SubmitLabel);
        var stored = Assert.Single(chat.Reports.Reports);
        Assert.Equal(ReportKind.Collision, stored.Kind);
        Assert.True(turn.Says(stored.Reference), turn.All);
        var draft = JsonConvert.DeserializeObject<CollisionReportDraft>(stored.Json)!;
        Assert.Equal("uninsured", draft.Problem);
        Assert.Equal("2026-11-25", draft.When);
        Assert.Equal("01462123456", draft.Contact);
    }

    [Fact]
    public async Task DetailsNotExchangedMustBeReportedAndTheOtherRegistrationCanBeChanged()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("hit and run on my parked car", "no");
        var turn = await chat.SayAsync("no");
        Assert.True(turn.Says(K.MustReport), turn.All);
        await chat.SayAllAsync("yesterday", "Tesco car park, Stevenage", "K123 ABC", "skip", "skip", "Dent in the door", "Alex", "alex@example.org", "yes");
        await chat.SayAsync(K.Summary.ChangeLabel);
        turn = await chat.SayAsync(K.Summary.Labels["other-registration"]);
        Assert.Equal(K.OtherRegistration.Prompt, turn.Last);
        turn = await chat.SayAsync("ABC 123D");
        Assert.True(turn.Says("Other registration: ABC 123D"), turn.All);
        await chat.SayAsync(K.Summary.SubmitLabel);
        var draft = JsonConvert.DeserializeObject<CollisionReportDraft>(Assert.Single(chat.Reports.Reports).Json)!;
        Assert.Equal("no-details", draft.Problem);
        Assert.Equal("K123 ABC", draft.YourRegistration);
        Assert.Equal("ABC 123D", draft.OtherRegistration);
    }

    [Fact]
    public async Task AFutureCollisionDateIsRefused()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("someone hit my car", "no", "no");
        var turn = await chat.SayAsync("30/12/2026");
        Assert.Equal(K.WhenFuture, turn.Last);
    }
}
