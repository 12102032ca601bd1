using System.Text.RegularExpressions;
using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;
using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Tests.Support;
using Newtonsoft.Json;

namespace ChatTriage.Bot.Tests.Dialogs;

public class ReportCrimeDialogTests
{
    private static readonly TriageContent C = RealContent.Content;
    private static readonly CrimeReportContent R = C.CrimeReport;

    /// <summary>From "my bike got nicked" to the summary, answering every question well.</summary>
    internal static async Task<Turn> ReachSummaryAsync(ConversationHarness chat)
    {
        var turn = await chat.SayAsync("my bike got nicked");
        Assert.Equal(R.HappeningNow.Prompt, turn.Last);
        turn = await chat.SayAsync("no");
        Assert.Equal(R.When.Prompt, turn.Last);
        turn = await chat.SayAsync("yesterday evening");
        Assert.Equal(R.Where.Prompt, turn.Last);
        turn = await chat.SayAsync("Station Road, Hitchin SG5 1AB");
        Assert.Equal(R.WhatHappened.Prompt, turn.Last);
        turn = await chat.SayAsync("I locked it outside the station and it was gone when I came back.");
        Assert.Equal(R.Stolen.Prompt, turn.Last);
        turn = await chat.SayAsync("Blue Carrera mountain bike");
        Assert.Equal(R.Value.Prompt, turn.Last);
        turn = await chat.SayAsync("about £250");
        Assert.Equal(R.Suspect.Prompt, turn.Last);
        turn = await chat.SayAsync("skip");
        Assert.Equal(R.Evidence.Prompt, turn.Last);
        turn = await chat.SayAsync("The station has CCTV");
        Assert.Equal(R.Name.Prompt, turn.Last);
        turn = await chat.SayAsync("Sam Smith");
        Assert.Equal(R.Contact.Prompt, turn.Last);
        turn = await chat.SayAsync("sam@example.com");
        Assert.Equal(R.Consent.Prompt, turn.Last);
        return await chat.SayAsync("yes");
    }

    [Fact]
    public async Task ANoWithAReasonAtTheHappeningNowQuestionCarriesOnAndASentenceAboutThePastIsNotTakenForYes()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("my bike got nicked");

        var safe = await chat.SayAsync("sorry im safe now, it was last tuesday");
        Assert.Equal(R.HappeningNow.Retry, safe.Last);
        Assert.False(safe.Says(R.CallNow), safe.All);

        Assert.Equal(R.When.Prompt, (await chat.SayAsync("no, it was last tuesday")).Last);
    }

    [Fact]
    public async Task AYesNoQuestionNotMatchedThreeTimesOffersAWayOutAndStaysOpen()
    {
        var chat = new ConversationHarness();
        Assert.Equal(R.HappeningNow.Prompt, (await chat.SayAsync("my bike got nicked")).Last);

        var first = await chat.SayAsync("purple");
        var second = await chat.SayAsync("purple");
        var third = await chat.SayAsync("purple");

        Assert.Equal(R.HappeningNow.Retry, first.Last);
        Assert.Equal(R.HappeningNow.Retry, second.Last);
        Assert.StartsWith(R.HappeningNow.Retry, third.Last, StringComparison.Ordinal);
        Assert.EndsWith(C.Global.StillStuck, third.Last, StringComparison.Ordinal);
        Assert.EndsWith(C.Global.StillStuck, (await chat.SayAsync("purple")).Last, StringComparison.Ordinal);
        Assert.Single(Regex.Matches((await chat.SayAsync("purple")).Last, Regex.Escape(C.Global.StillStuck)));
        Assert.Equal(R.When.Prompt, (await chat.SayAsync("no")).Last);
    }

    [Fact]
    public async Task TheSummaryChoiceNotMatchedThreeTimesOffersAWayOutAndStillSubmits()
    {
        var chat = new ConversationHarness();
        await ReachSummaryAsync(chat);

        await chat.SayAsync("hmm");
        await chat.SayAsync("hmm");
        var third = await chat.SayAsync("hmm");

        Assert.Contains(C.Global.StillStuck, third.All, StringComparison.Ordinal);
        Assert.Equal([R.Summary.SubmitLabel, R.Summary.ChangeLabel], third.Actions);
        var submitted = await chat.SayAsync(R.Summary.SubmitLabel);
        Assert.True(submitted.Says(Assert.Single(chat.Reports.Reports).Reference), submitted.All);
    }

    [Fact]
    public async Task AFullReportShowsASummaryAndSubmitsWithAReferenceAtOnce()
    {
        var chat = new ConversationHarness();
        var summary = await ReachSummaryAsync(chat);
        Assert.True(summary.Says(R.Summary.Header), summary.All);
        Assert.True(summary.Says("Kind of crime: Bike theft"), summary.All);
        Assert.True(summary.Says("When: 24 November 2026"), summary.All);
        Assert.True(summary.Says("Value: £250"), summary.All);
        Assert.True(summary.Says("Person involved: " + C.Global.NotGiven), summary.All);
        Assert.Equal(R.Summary.Confirm.Prompt, summary.Last);
        Assert.Equal([R.Summary.SubmitLabel, R.Summary.ChangeLabel], summary.Actions);

        var turn = await chat.SayAsync(R.Summary.SubmitLabel);
        var stored = Assert.Single(chat.Reports.Reports);
        Assert.Equal(ReportKind.Crime, stored.Kind);
        Assert.True(ReportReference.IsValid(stored.Reference));
        Assert.True(turn.Says(stored.Reference), turn.All);
        Assert.True(turn.Says(R.WhatNext), turn.All);
        Assert.Equal(C.Global.AnythingElse.Prompt, turn.Last);

        var draft = JsonConvert.DeserializeObject<CrimeReportDraft>(stored.Json)!;
        Assert.Equal("bike-theft", draft.Type);
        Assert.Equal("2026-11-24", draft.When);
        Assert.Equal("SG5 1AB", draft.Postcode);
        Assert.Equal(250m, draft.Value);
        Assert.Null(draft.Suspect);
        Assert.Equal("sam@example.com", draft.Contact);
        Assert.True(draft.Consent);
    }

    [Fact]
    public async Task AnyAnswerCanBeChangedAtTheSummaryWithoutLosingTheOthers()
    {
        var chat = new ConversationHarness();
        await ReachSummaryAsync(chat);
        var turn = await chat.SayAsync(R.Summary.ChangeLabel);
        Assert.Equal(R.Summary.WhichAnswer.Prompt, turn.Last);
        Assert.Contains(R.Summary.Labels["where"], turn.Actions);
        turn = await chat.SayAsync(R.Summary.Labels["where"]);
        Assert.Equal(R.Where.Prompt, turn.Last);
        turn = await chat.SayAsync("High Street, Hitchin");
        Assert.True(turn.Says("Where: High Street, Hitchin"), turn.All);
        Assert.True(turn.Says("Your name: Sam Smith"), turn.All);
        Assert.Equal(R.Summary.Confirm.Prompt, turn.Last);

        await chat.SayAsync(R.Summary.ChangeLabel);
        await chat.SayAsync(R.Summary.Labels["type"]);
        turn = await chat.SayAsync("Theft");
        Assert.True(turn.Says("Kind of crime: Theft"), turn.All);

        await chat.SayAsync(R.Summary.SubmitLabel);
        var draft = JsonConvert.DeserializeObject<CrimeReportDraft>(Assert.Single(chat.Reports.Reports).Json)!;
        Assert.Equal("High Street, Hitchin", draft.Where);
        Assert.Null(draft.Postcode);
        Assert.Equal("theft", draft.Type);
        Assert.Equal("Sam Smith", draft.Name);
    }

    [Fact]
    public async Task AReportWorksThroughStorageThatKeepsNoTypeNames()
    {
        var chat = new ConversationHarness(storage: new PlainJsonStorage());
        await ReachSummaryAsync(chat);
        await chat.SayAsync(R.Summary.ChangeLabel);
        await chat.SayAsync(R.Summary.Labels["value"]);
        var turn = await chat.SayAsync("300");
        Assert.True(turn.Says("Value: £300"), turn.All);
        await chat.SayAsync(R.Summary.SubmitLabel);
        Assert.Equal(300m, JsonConvert.DeserializeObject<CrimeReportDraft>(Assert.Single(chat.Reports.Reports).Json)!.Value);
    }

    [Fact]
    public async Task ACrimeHappeningNowIsSentTo999AndTheBotAsksNothingMore()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("Report a crime");
        var turn = await chat.SayAsync("yes");
        Assert.True(turn.Says(R.CallNow), turn.All);
        Assert.True(turn.Says("999"), turn.All);
        Assert.DoesNotContain(C.Global.AnythingElse.Prompt, turn.Texts);
        Assert.Empty(chat.Reports.Reports);
    }

    [Fact]
    public async Task TheMenuChoiceAsksForTheKindOfCrimeAndUnderstandsADescription()
    {
        var chat = new ConversationHarness();
        await chat.SayAsync("Report a crime");
        var turn = await chat.SayAsync("no");
        Assert.Equal(R.Type.Prompt, turn.Last);
        Assert.Contains("Burglary (home, shed or garage)", turn.Actions);
        turn = await chat.SayAsync("my shed was broken into");
        Assert.Equal(R.When.Prompt, turn.Last);
    }

    [Fact]
    public async Task AFutureDateIsRefusedWithAClearRetryAndNotSureIsAccepted()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no");
        var turn = await chat.SayAsync("25/12/2030");
        Assert.Equal(R.WhenFuture, turn.Last);
        turn = await chat.SayAsync("the day after the party");
        Assert.Equal(R.When.Retry, turn.Last);
        turn = await chat.SayAsync("not sure");
        Assert.Equal(R.Where.Prompt, turn.Last);
    }

    [Fact]
    public async Task APeriodIsKeptAsARangeAndShownInTheSummary()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no");
        var turn = await chat.SayAllAsync("last weekend", "Hitchin", "It was taken from the rack outside work.", "skip", "skip", "skip", "skip", "Sam", "sam@example.com", "yes");
        Assert.True(turn.Says("When: 21 November 2026 to 22 November 2026"), turn.All);
        await chat.SayAsync(R.Summary.SubmitLabel);
        var draft = JsonConvert.DeserializeObject<CrimeReportDraft>(Assert.Single(chat.Reports.Reports).Json)!;
        Assert.Equal("2026-11-21", draft.When);
        Assert.Equal("2026-11-22", draft.WhenTo);
    }

    [Fact]
    public async Task ThreeUnreadableDatesRecordTheDateAsNotKnownAndGoOn()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no", "whenever", "hmm");
        var turn = await chat.SayAsync("🤷");
        Assert.True(turn.Says(C.Global.Skipped), turn.All);
        Assert.Equal(R.Where.Prompt, turn.Last);
    }

    [Fact]
    public async Task ABadPostcodeIsRefusedButAnAddressWithoutOneIsFine()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no", "yesterday");
        var turn = await chat.SayAsync("12 High Street, QQ1 1ZZ");
        Assert.Equal(R.PostcodeRetry, turn.Last);
        turn = await chat.SayAsync("the car park behind the library");
        Assert.Equal(R.WhatHappened.Prompt, turn.Last);
    }

    [Fact]
    public async Task TooShortAndTooLongDescriptionsSayWhatIsWanted()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no", "yesterday", "Hitchin");
        var turn = await chat.SayAsync("gone");
        Assert.Contains("10", turn.Last, StringComparison.Ordinal);
        turn = await chat.SayAsync(new string('x', 5000));
        Assert.Contains("2,000", turn.Last, StringComparison.Ordinal);
        turn = await chat.SayAsync("It was taken from the rack outside work.");
        Assert.Equal(R.Stolen.Prompt, turn.Last);
    }

    [Fact]
    public async Task InvalidContactDetailsAreRefusedAndAUkPhoneIsAccepted()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no", "yesterday", "Hitchin", "It was taken from the rack outside work.", "skip", "skip", "skip", "skip", "Sam");
        var turn = await chat.SayAsync("sam@");
        Assert.Equal(R.Contact.Retry, turn.Last);
        turn = await chat.SayAsync("12345");
        Assert.Equal(R.Contact.Retry, turn.Last);
        turn = await chat.SayAsync("07700 900123");
        Assert.Equal(R.Consent.Prompt, turn.Last);
    }

    [Fact]
    public async Task ThreeBadAnswersToAnOptionalQuestionSkipIt()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no", "yesterday", "Hitchin", "It was taken from the rack outside work.", "a bike");
        await chat.SayAsync("lots");
        await chat.SayAsync("quite a bit");
        var turn = await chat.SayAsync("loads");
        Assert.True(turn.Says(C.Global.Skipped), turn.All);
        Assert.Equal(R.Suspect.Prompt, turn.Last);
    }

    [Fact]
    public async Task ThreeBadAnswersToARequiredQuestionOfferAPersonWhoGetsWhatWasGiven()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no", "yesterday", "Hitchin", "It was taken from the rack outside work.", "skip", "skip", "skip", "skip", "Sam");
        await chat.SayAsync("no idea");
        await chat.SayAsync("don't have one");
        var turn = await chat.SayAsync("?");
        Assert.Equal(C.Global.OfferPerson.Prompt, turn.Last);
        turn = await chat.SayAsync("yes");
        Assert.True(turn.Says(C.ShareInformation.Intro), turn.All);
        Assert.Equal(C.ShareInformation.About.Prompt, turn.Last);
        await chat.SayAllAsync("my stolen bike", "no", "no");
        turn = await chat.SayAsync("yes");
        var ticket = Assert.Single(chat.Queue.Tickets);
        Assert.Contains("It was taken from the rack outside work.", ticket.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"Name\":\"Sam\"", ticket.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayingNoToAPersonAsksTheQuestionAgain()
    {
        var chat = new ConversationHarness();
        await chat.SayAllAsync("my bike got nicked", "no", "yesterday", "Hitchin", "It was taken from the rack outside work.", "skip", "skip", "skip", "skip", "Sam", "a", "b", "c");
        var turn = await chat.SayAsync("no");
        Assert.Equal(R.Contact.Prompt, turn.Last);
        turn = await chat.SayAsync("+44 7700 900123");
        Assert.Equal(R.Consent.Prompt, turn.Last);
    }
}
