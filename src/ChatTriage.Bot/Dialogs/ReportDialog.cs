using System.Globalization;
using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;
using ChatTriage.Bot.Dialogs.Fields;
using ChatTriage.Bot.Reports;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Choices;
using ChatTriage.Dialogs.Prompts;
using Newtonsoft.Json;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// The shape shared by the crime and collision reports: opening steps, one question per answer, a summary where
/// any answer can be changed, then submit with a reference. The draft is kept as JSON in the waterfall's values,
/// so it survives storage between turns; changing an answer restarts the waterfall with the draft and the answer
/// to ask again, skipping everything else.
/// </summary>
public abstract class ReportDialog<TDraft> : ComponentDialog
    where TDraft : class, new()
{
    private const string DraftKey = "draft";
    private static readonly object Skipped = new();

    private readonly ReportSummaryContent summary;
    private readonly ReportKind kind;
    private IReadOnlyList<ReportField<TDraft>> fields = [];

    protected ReportDialog(string dialogId, TriageDependencies deps, ReportSummaryContent summary, ReportKind kind)
        : base(dialogId)
    {
        Deps = deps;
        this.summary = summary;
        this.kind = kind;
        AddDialog(new ChoicePrompt(Id + ".summary", Patience.Validator<ChatTriage.Dialogs.Choices.FoundChoice>(deps.Content)));
        AddDialog(new ChoicePrompt(Id + ".which", Patience.Validator<ChatTriage.Dialogs.Choices.FoundChoice>(deps.Content)));
        AddDialog(new ConfirmPrompt(Id + ".confirm", Patience.Validator<bool>(deps.Content), deps.Content.Global.Yes, deps.Content.Global.No));
    }

    protected TriageDependencies Deps { get; }

    protected string ConfirmPromptId => Id + ".confirm";

    /// <summary>Where this report's path ends, for feedback (for example "step3:crime").</summary>
    protected abstract string OutcomeName(TDraft draft);

    protected abstract string SubmittedText { get; }

    protected abstract string WhatNextText { get; }

    /// <summary>Called once by the subclass constructor, after it has added its own dialogs.</summary>
    protected void Build(IEnumerable<WaterfallStep> openingSteps, IReadOnlyList<ReportField<TDraft>> reportFields)
    {
        fields = reportFields;
        var steps = new List<WaterfallStep> { StartStepAsync };
        steps.AddRange(openingSteps);
        foreach (var field in fields)
        {
            steps.Add((sc, ct) => AskFieldAsync(field, sc, ct));
            steps.Add((sc, ct) => StoreFieldAsync(field, sc, ct));
        }

        steps.Add(SummaryStepAsync);
        steps.Add(SummaryChoiceStepAsync);
        steps.Add(ChangeStepAsync);
        AddDialog(new WaterfallDialog(Id + ".steps", steps));
        InitialDialogId = Id + ".steps";
    }

    protected static ReportRequest Request(WaterfallStepContext stepContext) =>
        StepValues.Options<ReportRequest>(stepContext.Options) ?? new ReportRequest(null);

    protected static bool IsEditing(WaterfallStepContext stepContext) => Request(stepContext).Editing is not null;

    protected static TDraft Draft(WaterfallStepContext stepContext) =>
        StepValues.Get<string>(stepContext.Values, DraftKey) is { } json ? JsonConvert.DeserializeObject<TDraft>(json) ?? new TDraft() : new TDraft();

    protected static void Save(WaterfallStepContext stepContext, TDraft draft) =>
        stepContext.Values[DraftKey] = JsonConvert.SerializeObject(draft);

    /// <summary>Starts a <see cref="FieldDialog"/> for a field's question.</summary>
    /// <summary>Adds a question's dialog and returns it, so constructors can add and keep it in one line.</summary>
    protected FieldDialog Add(FieldDialog dialog)
    {
        AddDialog(dialog);
        return dialog;
    }

    protected static Func<WaterfallStepContext, TDraft, CancellationToken, Task<DialogTurnResult>> Ask(FieldDialog dialog) =>
        (sc, _, ct) => sc.BeginDialogAsync(dialog.Id, null, ct);

    protected static string? AnswerText(object? result) => result switch
    {
        FieldAnswer answer => answer.Value,
        string text => text,
        _ => null,
    };

    protected string? ShowDate(string? from, string? to, bool unknown)
    {
        if (unknown)
        {
            return Deps.Content.Global.NotSure;
        }

        var first = Format(from);
        return to is null ? first : TextTemplate.Fill(Deps.Content.Global.DateRange, ("from", first), ("to", Format(to)));
    }

    protected string? ShowYesNo(bool? value) => value switch
    {
        true => Deps.Content.Global.Yes,
        false => Deps.Content.Global.No,
        null => null,
    };

    private static string? Format(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : null;

    private Task<DialogTurnResult> StartStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = Request(stepContext);
        var draft = request.DraftJson is { } json ? JsonConvert.DeserializeObject<TDraft>(json) ?? new TDraft() : new TDraft();
        Save(stepContext, OnStart(draft, request.Text));
        return stepContext.NextAsync(null, cancellationToken);
    }

    /// <summary>Lets a report fill answers from the resident's first words (for example the crime type).</summary>
    protected virtual TDraft OnStart(TDraft draft, string? text) => draft;

    private Task<DialogTurnResult> AskFieldAsync(ReportField<TDraft> field, WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var draft = Draft(stepContext);
        var editing = Request(stepContext).Editing;
        var skip = editing is not null ? editing != field.Id : field.Known?.Invoke(draft) == true;
        return skip ? stepContext.NextAsync(Skipped, cancellationToken) : field.Ask(stepContext, draft, cancellationToken);
    }

    private async Task<DialogTurnResult> StoreFieldAsync(ReportField<TDraft> field, WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(stepContext.Result, Skipped))
        {
            return await stepContext.NextAsync(null, cancellationToken);
        }

        var draft = Draft(stepContext);
        if (stepContext.Result is FieldAnswer { PersonWanted: true })
        {
            return await stepContext.EndDialogAsync(StepOutcome.Person(OutcomeName(draft), JsonConvert.SerializeObject(draft)), cancellationToken);
        }

        Save(stepContext, field.Store(draft, stepContext.Result));
        return await stepContext.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var draft = Draft(stepContext);
        var lines = fields.Select(f => TextTemplate.Fill(summary.Line, ("label", summary.Labels[f.Id]), ("value", f.Show(draft) ?? Deps.Content.Global.NotGiven)));
        await Say.SendAsync(stepContext.Context, summary.Header + "\n\n" + string.Join("\n\n", lines), cancellationToken);
        return await stepContext.PromptAsync(Id + ".summary", Say.Choose(summary.Confirm, [summary.SubmitLabel, summary.ChangeLabel]), cancellationToken);
    }

    private async Task<DialogTurnResult> SummaryChoiceStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is FoundChoice { Index: 1 })
        {
            return await stepContext.PromptAsync(Id + ".which", Say.Choose(summary.WhichAnswer, fields.Select(f => summary.Labels[f.Id])), cancellationToken);
        }

        var draft = Draft(stepContext);
        var json = JsonConvert.SerializeObject(draft);
        var stored = await Deps.Reports.SubmitAsync(new NewReport(kind, stepContext.Context.Activity.Conversation.Id, json, Deps.Clock.GetUtcNow()), cancellationToken);
        await Say.SendAsync(stepContext.Context, TextTemplate.Fill(SubmittedText, ("reference", stored.Reference)), cancellationToken);
        await Say.SendAsync(stepContext.Context, WhatNextText, cancellationToken);
        return await stepContext.EndDialogAsync(StepOutcome.Done(OutcomeName(draft)), cancellationToken);
    }

    private async Task<DialogTurnResult> ChangeStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var index = stepContext.Result is FoundChoice choice ? choice.Index : 0;
        var request = new ReportRequest(null, StepValues.Get<string>(stepContext.Values, DraftKey), fields[index].Id);
        return await stepContext.ReplaceDialogAsync(Id + ".steps", request, cancellationToken);
    }
}
