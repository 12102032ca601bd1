using System.Globalization;
using ChatTriage.Bot.Dialogs.Fields;
using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Validation;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Choices;
using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Step 3: report a crime online. First makes sure it is not happening now and nobody is in danger (if it is:
/// call 999), then asks each answer of a <see cref="CrimeReportDraft"/>, shows a summary that can be changed,
/// and submits it for a reference.
/// </summary>
public sealed class ReportCrimeDialog : ReportDialog<CrimeReportDraft>
{
    public ReportCrimeDialog(TriageDependencies deps)
        : base(nameof(ReportCrimeDialog), deps, deps.Content.CrimeReport.Summary, ReportKind.Crime)
    {
        var c = deps.Content.CrimeReport;
        var g = deps.Content.Global;
        var when = new DateFieldDialog("crime.when", c.When, c.WhenFuture, deps);
        AddDialog(when);
        var where = Add(new FieldDialog("crime.where", c.Where, FieldChecks.Place(c.Where.Retry, c.PostcodeRetry, g.TooLong), false, deps));
        var what = Add(new FieldDialog("crime.what", c.WhatHappened, FieldChecks.Text(10, 2000, g.TooShort, g.TooLong), false, deps));
        var stolen = Add(new FieldDialog("crime.stolen", c.Stolen, FieldChecks.Text(2, 1000, g.TooShort, g.TooLong), true, deps));
        var value = Add(new FieldDialog("crime.value", c.Value, FieldChecks.Money(c.Value.Retry), true, deps));
        var suspect = Add(new FieldDialog("crime.suspect", c.Suspect, FieldChecks.Text(2, 1000, g.TooShort, g.TooLong), true, deps));
        var evidence = Add(new FieldDialog("crime.evidence", c.Evidence, FieldChecks.Text(2, 1000, g.TooShort, g.TooLong), true, deps));
        var name = Add(new FieldDialog("crime.name", c.Name, FieldChecks.Text(1, 100, g.TooShort, g.TooLong), false, deps));
        var contact = Add(new FieldDialog("crime.contact", c.Contact, FieldChecks.Contact(c.Contact.Retry), false, deps));
        AddDialog(new ChoicePrompt("crime.type", TypeValidatorAsync));

        Build(
            [HappeningNowStepAsync, HappeningNowAnsweredStepAsync],
            [
                new("type", AskTypeAsync, (d, r) => d with { Type = TypeId(r) }, d => TypeLabel(d.Type), d => d.Type is not null),
                new("when", (sc, _, ct) => sc.BeginDialogAsync(when.Id, null, ct), (d, r) => WithWhen(d, AnswerText(r)), d => ShowDate(d.When, d.WhenTo, d.WhenUnknown)),
                new("where", Ask(where), (d, r) => d with { Where = AnswerText(r), Postcode = UkPostcode.Find(AnswerText(r)) }, d => d.Where),
                new("what-happened", Ask(what), (d, r) => d with { WhatHappened = AnswerText(r) }, d => d.WhatHappened),
                new("stolen", Ask(stolen), (d, r) => d with { Stolen = AnswerText(r) }, d => d.Stolen),
                new("value", Ask(value), (d, r) => d with { Value = MoneyAmount.Parse(AnswerText(r)) }, d => d.Value is { } v ? "£" + v.ToString("#,0.##", CultureInfo.InvariantCulture) : null),
                new("suspect", Ask(suspect), (d, r) => d with { Suspect = AnswerText(r) }, d => d.Suspect),
                new("evidence", Ask(evidence), (d, r) => d with { Evidence = AnswerText(r) }, d => d.Evidence),
                new("name", Ask(name), (d, r) => d with { Name = AnswerText(r) }, d => d.Name),
                new("contact", Ask(contact), (d, r) => d with { Contact = AnswerText(r) }, d => d.Contact),
                new("consent", AskConsentAsync, (d, r) => d with { Consent = r is true }, d => ShowYesNo(d.Consent)),
            ]);
    }

    protected override string SubmittedText => Deps.Content.CrimeReport.Submitted;

    protected override string WhatNextText => Deps.Content.CrimeReport.WhatNext;

    protected override string OutcomeName(CrimeReportDraft draft) => "step3:crime" + (draft.Type is { } t ? ":" + t : string.Empty);

    protected override CrimeReportDraft OnStart(CrimeReportDraft draft, string? text) =>
        text is not null && Deps.Language.CrimeTypes.Find(text) is { } type ? draft with { Type = type.Id } : draft;

    private static CrimeReportDraft WithWhen(CrimeReportDraft draft, string? answer)
    {
        var (from, to, unknown) = DateFieldDialog.Read(answer);
        return draft with { When = from, WhenTo = to, WhenUnknown = unknown };
    }


    private async Task<DialogTurnResult> HappeningNowStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (IsEditing(stepContext))
        {
            return await stepContext.NextAsync(false, cancellationToken);
        }

        await Say.SendAsync(stepContext.Context, Deps.Content.CrimeReport.Intro, cancellationToken);
        return await stepContext.PromptAsync(ConfirmPromptId, Say.Ask(Deps.Content.CrimeReport.HappeningNow), cancellationToken);
    }

    private async Task<DialogTurnResult> HappeningNowAnsweredStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is true)
        {
            await Say.SendAsync(stepContext.Context, Deps.Content.CrimeReport.CallNow, cancellationToken);
            await Say.SendAsync(stepContext.Context, Deps.Content.Global.CallEmergency, cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Emergency("step3:crime:happening-now"), cancellationToken);
        }

        return await stepContext.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskTypeAsync(WaterfallStepContext stepContext, CrimeReportDraft draft, CancellationToken cancellationToken) =>
        stepContext.PromptAsync("crime.type", Say.Choose(Deps.Content.CrimeReport.Type, Deps.Content.CrimeReport.Types.Select(t => t.Label)), cancellationToken);

    private Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext stepContext, CrimeReportDraft draft, CancellationToken cancellationToken) =>
        stepContext.PromptAsync(ConfirmPromptId, Say.Ask(Deps.Content.CrimeReport.Consent), cancellationToken);

    // A resident may describe the crime instead of picking from the list: "my shed was broken into" is a burglary.
    private Task<bool> TypeValidatorAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Succeeded)
        {
            return Task.FromResult(true);
        }

        var types = Deps.Content.CrimeReport.Types;
        if (Deps.Language.CrimeTypes.Find(prompt.Context.Activity.Text) is { } type)
        {
            prompt.Recognized.Value = new FoundChoice { Value = type.Label, Index = types.IndexOf(type), Score = 1 };
            return Task.FromResult(true);
        }

        // After three tries the report goes on as "something else"; the description says what it is.
        if (prompt.AttemptCount >= FieldDialog.MaxAttempts && types.FindIndex(t => t.Id == "other") is var other and >= 0)
        {
            prompt.Recognized.Value = new FoundChoice { Value = types[other].Label, Index = other, Score = 0 };
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }

    private string? TypeId(object? result) =>
        result is FoundChoice choice && choice.Index >= 0 && choice.Index < Deps.Content.CrimeReport.Types.Count
            ? Deps.Content.CrimeReport.Types[choice.Index].Id
            : null;

    private string? TypeLabel(string? id) => Deps.Content.CrimeReport.Types.FirstOrDefault(t => t.Id == id)?.Label;
}
