using ChatTriage.Bot.Content;
using ChatTriage.Bot.Dialogs.Fields;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Choices;
using ChatTriage.Dialogs.Prompts;
using Newtonsoft.Json;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Step 4: share information with a person. Asks what it is about, whether anyone is in danger now (→ 999),
/// whether to stay anonymous (→ Crimestoppers) and for consent, then puts the chat in the agents' queue and says
/// the place and rough wait. When nobody is on duty or the queue is long, offers 101 or a written report.
/// "Talk to a person" from any step lands here too.
/// </summary>
public sealed class ShareInformationDialog : ComponentDialog
{
    private const string AboutKey = "about";
    private const string DetailsKey = "details";
    private const string WrittenKey = "written";
    private const string ConfirmId = "share.confirm";
    private const string AlternativeId = "share.alternative";

    private readonly TriageDependencies deps;

    public ShareInformationDialog(TriageDependencies deps)
        : base(nameof(ShareInformationDialog))
    {
        this.deps = deps;
        var c = deps.Content.ShareInformation;
        var g = deps.Content.Global;
        AddDialog(new WaterfallDialog(Id + ".steps",
        [
            AboutStepAsync, DangerStepAsync, AnonymousStepAsync, ConsentStepAsync, QueueStepAsync,
            AlternativeStepAsync, WrittenStepAsync, SaveStepAsync,
        ]));
        AddDialog(new FieldDialog("share.about", c.About, FieldChecks.Text(3, 500, g.TooShort, g.TooLong), false, deps));
        AddDialog(new FieldDialog("share.written", c.Written, FieldChecks.Text(10, 2000, g.TooShort, g.TooLong), false, deps));
        AddDialog(new FieldDialog("share.contact", c.Contact, FieldChecks.Contact(c.Contact.Retry), true, deps));
        AddDialog(new ConfirmPrompt(ConfirmId, Patience.Validator<bool>(deps.Content), g.Yes, g.No));
        AddDialog(new ChoicePrompt(AlternativeId, Patience.Validator<ChatTriage.Dialogs.Choices.FoundChoice>(deps.Content)));
        InitialDialogId = Id + ".steps";
    }

    private async Task<DialogTurnResult> AboutStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = StepValues.Options<ShareRequest>(stepContext.Options) ?? new ShareRequest(null);
        stepContext.Values[DetailsKey] = request.DetailsJson ?? "{}";
        await Say.SendAsync(stepContext.Context, deps.Content.ShareInformation.Intro, cancellationToken);
        if (request.About is { } about && about.Trim().Length is >= 3 and <= 500 && !deps.Language.Person.Matches(about))
        {
            return await stepContext.NextAsync(new FieldAnswer(about.Trim()), cancellationToken);
        }

        return await stepContext.BeginDialogAsync("share.about", null, cancellationToken);
    }

    private async Task<DialogTurnResult> DangerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        // Asking for a person again while being passed to one needs no answer here.
        stepContext.Values[AboutKey] = (stepContext.Result as FieldAnswer)?.Value ?? deps.Content.Global.NotGiven;
        return await stepContext.PromptAsync(ConfirmId, Say.Ask(deps.Content.ShareInformation.DangerNow), cancellationToken);
    }

    private async Task<DialogTurnResult> AnonymousStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is true)
        {
            await Say.SendAsync(stepContext.Context, deps.Content.Global.CallEmergency, cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Emergency("step4:danger"), cancellationToken);
        }

        return await stepContext.PromptAsync(ConfirmId, Say.Ask(deps.Content.ShareInformation.Anonymous), cancellationToken);
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is true)
        {
            await Say.SendAsync(stepContext.Context, deps.Content.ShareInformation.Crimestoppers, cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Done("step4:anonymous"), cancellationToken);
        }

        return await stepContext.PromptAsync(ConfirmId, Say.Ask(deps.Content.ShareInformation.Consent), cancellationToken);
    }

    private async Task<DialogTurnResult> QueueStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var c = deps.Content.ShareInformation;
        if (stepContext.Result is not true)
        {
            await Say.SendAsync(stepContext.Context, c.NoConsent, cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Done("step4:no-consent"), cancellationToken);
        }

        var open = deps.Availability.IsOpen();
        var waiting = (await deps.Queue.ListWaitingAsync(cancellationToken)).Count;
        if (open && waiting < deps.Options.LongQueueThreshold)
        {
            return await EnqueueAsync(stepContext, cancellationToken);
        }

        var labels = new List<string> { c.WrittenLabel, c.PhoneLabel };
        if (open)
        {
            labels.Add(c.WaitLabel);
            await Say.SendAsync(stepContext.Context, TextTemplate.Fill(c.QueueLong, ("position", (waiting + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))), cancellationToken);
        }
        else
        {
            await Say.SendAsync(stepContext.Context, TextTemplate.Fill(c.Closed, ("hours", deps.Options.OpeningHoursText)), cancellationToken);
        }

        return await stepContext.PromptAsync(AlternativeId, Say.Choose(c.Alternative, labels), cancellationToken);
    }

    private async Task<DialogTurnResult> AlternativeStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        switch ((stepContext.Result as FoundChoice)?.Index)
        {
            case 0:
                return await stepContext.BeginDialogAsync("share.written", null, cancellationToken);
            case 2:
                return await EnqueueAsync(stepContext, cancellationToken);
            default:
                await Say.SendAsync(stepContext.Context, deps.Content.ShareInformation.PhoneAdvice, cancellationToken);
                return await stepContext.EndDialogAsync(StepOutcome.Done("step4:101"), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> WrittenStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is FieldAnswer { PersonWanted: true })
        {
            await Say.SendAsync(stepContext.Context, deps.Content.ShareInformation.PhoneAdvice, cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Done("step4:101"), cancellationToken);
        }

        stepContext.Values[WrittenKey] = (stepContext.Result as FieldAnswer)?.Value ?? string.Empty;
        return await stepContext.BeginDialogAsync("share.contact", null, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var draft = new InformationDraft(
            StepValues.Get<string>(stepContext.Values, AboutKey) ?? string.Empty,
            StepValues.Get<string>(stepContext.Values, WrittenKey) ?? string.Empty,
            (stepContext.Result as FieldAnswer)?.Value);
        var report = new NewReport(ReportKind.Information, stepContext.Context.Activity.Conversation.Id, JsonConvert.SerializeObject(draft), deps.Clock.GetUtcNow());
        var stored = await deps.Reports.SubmitAsync(report, cancellationToken);
        await Say.SendAsync(stepContext.Context, TextTemplate.Fill(deps.Content.ShareInformation.WrittenSaved, ("reference", stored.Reference)), cancellationToken);
        return await stepContext.EndDialogAsync(StepOutcome.Done("step4:written"), cancellationToken);
    }

    private async Task<DialogTurnResult> EnqueueAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var activity = stepContext.Context.Activity;
        var about = StepValues.Get<string>(stepContext.Values, AboutKey) ?? string.Empty;
        var details = new Dictionary<string, object?>
        {
            ["about"] = about,
            ["consent"] = true,
            ["collected"] = JsonConvert.DeserializeObject(StepValues.Get<string>(stepContext.Values, DetailsKey) ?? "{}"),
        };
        var request = new HandoffRequest(
            activity.Conversation.Id,
            JsonConvert.SerializeObject(activity.GetConversationReference()),
            "share-information",
            "step4",
            about.Length > 200 ? about[..200] : about,
            JsonConvert.SerializeObject(details));
        await deps.Queue.EnqueueAsync(request, cancellationToken);
        var position = await deps.Queue.PositionAsync(activity.Conversation.Id, cancellationToken) ?? 1;
        var minutes = Math.Max(1, position * deps.Options.MinutesPerWaitingResident);
        await Say.SendAsync(
            stepContext.Context,
            TextTemplate.Fill(deps.Content.ShareInformation.Queued, ("position", position.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("minutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            cancellationToken);
        return await stepContext.EndDialogAsync(new StepOutcome(StepOutcomeKind.HandedOff, "step4:queued"), cancellationToken);
    }
}
