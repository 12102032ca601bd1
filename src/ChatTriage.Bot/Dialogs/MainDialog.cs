using ChatTriage.Bot.Content;
using ChatTriage.Bot.Validation;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Choices;
using ChatTriage.Dialogs.Prompts;
using Microsoft.Bot.Schema;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// The conversation: understands what the resident needs (asking which one when two routes fit), runs the step,
/// then asks whether there is anything else and, at the end, whether it was helpful.
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    public const int MaxMisses = 3;

    private const string StepsId = "main.steps";
    private const string AskId = "main.ask";
    private const string ClarifyId = "main.clarify";
    private const string ConfirmId = "main.confirm";
    private const string TextKey = "text";
    private const string TiedKey = "tied";
    private const string OutcomeKey = "outcome";

    public MainDialog(
        TriageDependencies deps,
        RightServiceDialog rightService,
        CheckOnlineDialog checkOnline,
        ReportCrimeDialog reportCrime,
        ReportCollisionDialog reportCollision,
        ShareInformationDialog shareInformation,
        FeedbackDialog feedback)
        : base(nameof(MainDialog), deps)
    {
        AddDialog(new WaterfallDialog(StepsId,
        [
            AskStepAsync, RouteStepAsync, ClarifiedStepAsync, AfterStepAsync, AnythingElseStepAsync, FinishStepAsync, GoodbyeStepAsync,
        ]));
        AddDialog(new TextPrompt(AskId));
        AddDialog(new ChoicePrompt(ClarifyId, Patience.Validator<ChatTriage.Dialogs.Choices.FoundChoice>(deps.Content)));
        AddDialog(new ConfirmPrompt(ConfirmId, Patience.Validator<bool>(deps.Content), deps.Content.Global.Yes, deps.Content.Global.No));
        AddDialog(rightService);
        AddDialog(checkOnline);
        AddDialog(reportCrime);
        AddDialog(reportCollision);
        AddDialog(shareInformation);
        AddDialog(feedback);
        InitialDialogId = StepsId;
    }

    /// <summary>"What do you need help with?" with the five steps as suggested actions.</summary>
    public static Activity AskMessage(TriageContent content) =>
        Say.WithActions(content.Welcome.Ask, content.Welcome.Options.Select(o => o.Label));

    protected override Task<DialogTurnResult> OnStartOverAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(StepsId, new MainOptions(Ask: true), cancellationToken);

    protected override Task<DialogTurnResult> OnTalkToPersonAsync(DialogContext innerDc, string? collectedJson, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(StepsId, new MainOptions(Person: true, CollectedJson: collectedJson), cancellationToken);

    protected override bool IsWithPersonStep(DialogContext innerDc) =>
        innerDc.Stack.Any(i => i.Id == nameof(ShareInformationDialog));

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var options = StepValues.Options<MainOptions>(stepContext.Options) ?? new MainOptions();
        if (options.Person)
        {
            return await stepContext.BeginDialogAsync(nameof(ShareInformationDialog), new ShareRequest(null, options.CollectedJson), cancellationToken);
        }

        if (options.Ask)
        {
            var ask = AskMessage(Deps.Content);
            return await stepContext.PromptAsync(AskId, new PromptOptions { Prompt = ask, RetryPrompt = ask }, cancellationToken);
        }

        return await stepContext.NextAsync(stepContext.Context.Activity.Text, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is StepOutcome)
        {
            return await stepContext.NextAsync(stepContext.Result, cancellationToken);
        }

        var text = stepContext.Result as string;
        var language = Deps.Language;
        if (language.Help.Matches(text))
        {
            await Say.SendAsync(stepContext.Context, Deps.Content.Global.Help, cancellationToken);
            return await stepContext.ReplaceDialogAsync(StepsId, new MainOptions(Ask: true), cancellationToken);
        }

        if (language.Cancel.Matches(text) || language.Greeting.IsWholeMessage(text))
        {
            return await stepContext.ReplaceDialogAsync(StepsId, new MainOptions(Ask: true), cancellationToken);
        }

        if (language.Person.Matches(text))
        {
            return await StartRouteAsync(stepContext, RouteIds.TalkToPerson, null, cancellationToken);
        }

        var menu = Deps.Content.Welcome.Options.FirstOrDefault(o => string.Equals(o.Label, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (menu is not null)
        {
            return await StartRouteAsync(stepContext, menu.Route, null, cancellationToken);
        }

        var decision = ResidentText.HasMeaning(text) ? language.Router.Route(text) : Understanding.RouteDecision.None;
        if (decision.Route is { } route)
        {
            return await StartRouteAsync(stepContext, route, text, cancellationToken);
        }

        if (decision.IsTie)
        {
            stepContext.Values[TextKey] = text!;
            stepContext.Values[TiedKey] = string.Join(' ', decision.Routes);
            var labels = decision.Routes.Select(r => Deps.Content.Routing.Routes.First(d => d.Id == r).Label);
            var clarify = new Content.Model.Question { Prompt = Deps.Content.Global.Clarify, Retry = Deps.Content.Global.NotUnderstood };
            return await stepContext.PromptAsync(ClarifyId, Say.Choose(clarify, labels), cancellationToken);
        }

        var misses = (StepValues.Options<MainOptions>(stepContext.Options)?.Misses ?? 0) + 1;
        if (misses >= MaxMisses)
        {
            return await stepContext.PromptAsync(ConfirmId, Say.Ask(Deps.Content.Global.OfferPerson), cancellationToken);
        }

        await Say.SendAsync(stepContext.Context, Deps.Content.Global.NotUnderstood, cancellationToken);
        return await stepContext.ReplaceDialogAsync(StepsId, new MainOptions(Ask: true, Misses: misses), cancellationToken);
    }

    private async Task<DialogTurnResult> ClarifiedStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        switch (stepContext.Result)
        {
            case FoundChoice choice:
                var tied = (StepValues.Get<string>(stepContext.Values, TiedKey) ?? string.Empty).Split(' ');
                return await StartRouteAsync(stepContext, tied[choice.Index], StepValues.Get<string>(stepContext.Values, TextKey), cancellationToken);
            case true:
                return await StartRouteAsync(stepContext, RouteIds.TalkToPerson, null, cancellationToken);
            case false:
                return await stepContext.ReplaceDialogAsync(StepsId, new MainOptions(Ask: true), cancellationToken);
            default:
                return await stepContext.NextAsync(stepContext.Result, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AfterStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is StepOutcome { Kind: StepOutcomeKind.TalkToPerson } outcome)
        {
            return await stepContext.BeginDialogAsync(nameof(ShareInformationDialog), new ShareRequest(null, outcome.DetailsJson), cancellationToken);
        }

        return await stepContext.NextAsync(stepContext.Result, cancellationToken);
    }

    private async Task<DialogTurnResult> AnythingElseStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var outcome = stepContext.Result as StepOutcome;
        if (outcome is null || outcome.Kind is StepOutcomeKind.Emergency or StepOutcomeKind.HandedOff)
        {
            // After "call 999" or once a person will answer, the bot asks nothing more.
            return await stepContext.EndDialogAsync(outcome, cancellationToken);
        }

        stepContext.Values[OutcomeKey] = outcome.Outcome;
        return await stepContext.PromptAsync(ConfirmId, Say.Ask(Deps.Content.Global.AnythingElse), cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is true)
        {
            return await stepContext.ReplaceDialogAsync(StepsId, new MainOptions(Ask: true), cancellationToken);
        }

        return await stepContext.BeginDialogAsync(nameof(FeedbackDialog), new StepRequest(StepValues.Get<string>(stepContext.Values, OutcomeKey)), cancellationToken);
    }

    private async Task<DialogTurnResult> GoodbyeStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        await Say.SendAsync(stepContext.Context, Deps.Content.Global.Goodbye, cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> StartRouteAsync(WaterfallStepContext stepContext, string route, string? text, CancellationToken cancellationToken)
    {
        switch (route)
        {
            case RouteIds.RightService:
                return await stepContext.BeginDialogAsync(nameof(RightServiceDialog), new StepRequest(text), cancellationToken);
            case RouteIds.CheckOnline:
                return await stepContext.BeginDialogAsync(nameof(CheckOnlineDialog), new StepRequest(text), cancellationToken);
            case RouteIds.ReportCrime:
                return await stepContext.BeginDialogAsync(nameof(ReportCrimeDialog), new ReportRequest(text), cancellationToken);
            case RouteIds.ReportCollision:
                return await stepContext.BeginDialogAsync(nameof(ReportCollisionDialog), new ReportRequest(text), cancellationToken);
            case RouteIds.ShareInformation:
                return await stepContext.BeginDialogAsync(nameof(ShareInformationDialog), new ShareRequest(text), cancellationToken);
            case RouteIds.TalkToPerson:
                return await stepContext.BeginDialogAsync(nameof(ShareInformationDialog), new ShareRequest(null), cancellationToken);
            default:
                await Say.SendAsync(stepContext.Context, Deps.Content.Global.CallEmergency, cancellationToken);
                return await stepContext.EndDialogAsync(StepOutcome.Emergency("step5:emergency"), cancellationToken);
        }
    }
}
