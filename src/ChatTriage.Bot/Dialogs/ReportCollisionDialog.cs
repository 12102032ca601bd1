using ChatTriage.Bot.Dialogs.Fields;
using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Validation;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Choices;
using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Step 3 for roads: a damage-only collision. Anyone hurt goes to 999 (now and serious) or 101 (the law says
/// report within 24 hours). With details exchanged and nobody hurt there is no need to report, unless the other
/// driver failed to stop or give details, or seemed uninsured or drunk; then the report is taken.
/// </summary>
public sealed class ReportCollisionDialog : ReportDialog<CollisionReportDraft>
{
    private const string ProblemPromptId = "collision.problem";

    public ReportCollisionDialog(TriageDependencies deps)
        : base(nameof(ReportCollisionDialog), deps, deps.Content.Collision.Summary, ReportKind.Collision)
    {
        var c = deps.Content.Collision;
        var g = deps.Content.Global;
        var when = new DateFieldDialog("collision.when", c.When, c.WhenFuture, deps);
        AddDialog(when);
        var where = Add(new FieldDialog("collision.where", c.Where, FieldChecks.Place(c.Where.Retry, deps.Content.CrimeReport.PostcodeRetry, g.TooLong), false, deps));
        var yours = Add(new FieldDialog("collision.your-registration", c.YourRegistration, FieldChecks.Registration(c.YourRegistration.Retry), false, deps));
        var theirs = Add(new FieldDialog("collision.other-registration", c.OtherRegistration, FieldChecks.Registration(c.OtherRegistration.Retry), true, deps));
        var driver = Add(new FieldDialog("collision.other-driver", c.OtherDriver, FieldChecks.Text(2, 1000, g.TooShort, g.TooLong), true, deps));
        var damage = Add(new FieldDialog("collision.damage", c.Damage, FieldChecks.Text(2, 1000, g.TooShort, g.TooLong), false, deps));
        var name = Add(new FieldDialog("collision.name", c.Name, FieldChecks.Text(1, 100, g.TooShort, g.TooLong), false, deps));
        var contact = Add(new FieldDialog("collision.contact", c.Contact, FieldChecks.Contact(c.Contact.Retry), false, deps));
        AddDialog(new ChoicePrompt(ProblemPromptId, Patience.Validator<ChatTriage.Dialogs.Choices.FoundChoice>(deps.Content)));

        Build(
            [AnyoneHurtStepAsync, HurtAnsweredStepAsync, SeriousAnsweredStepAsync, DetailsAnsweredStepAsync, ProblemAnsweredStepAsync],
            [
                new("when", (sc, _, ct) => sc.BeginDialogAsync(when.Id, null, ct), (d, r) => WithWhen(d, AnswerText(r)), d => ShowDate(d.When, d.WhenTo, d.WhenUnknown)),
                new("where", Ask(where), (d, r) => d with { Where = AnswerText(r), Postcode = UkPostcode.Find(AnswerText(r)) }, d => d.Where),
                new("your-registration", Ask(yours), (d, r) => d with { YourRegistration = AnswerText(r) }, d => d.YourRegistration),
                new("other-registration", Ask(theirs), (d, r) => d with { OtherRegistration = AnswerText(r) }, d => d.OtherRegistration),
                new("other-driver", Ask(driver), (d, r) => d with { OtherDriver = AnswerText(r) }, d => d.OtherDriver),
                new("damage", Ask(damage), (d, r) => d with { Damage = AnswerText(r) }, d => d.Damage),
                new("name", Ask(name), (d, r) => d with { Name = AnswerText(r) }, d => d.Name),
                new("contact", Ask(contact), (d, r) => d with { Contact = AnswerText(r) }, d => d.Contact),
                new("consent", (sc, _, ct) => sc.PromptAsync(ConfirmPromptId, Say.Ask(c.Consent), ct), (d, r) => d with { Consent = r is true }, d => ShowYesNo(d.Consent)),
            ]);
    }

    protected override string SubmittedText => Deps.Content.Collision.Submitted;

    protected override string WhatNextText => Deps.Content.Collision.WhatNext;

    protected override string OutcomeName(CollisionReportDraft draft) => "step3:collision" + (draft.Problem is { } p ? ":" + p : string.Empty);

    private static CollisionReportDraft WithWhen(CollisionReportDraft draft, string? answer)
    {
        var (from, to, unknown) = DateFieldDialog.Read(answer);
        return draft with { When = from, WhenTo = to, WhenUnknown = unknown };
    }


    private async Task<DialogTurnResult> AnyoneHurtStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (IsEditing(stepContext))
        {
            return await stepContext.NextAsync(false, cancellationToken);
        }

        await Say.SendAsync(stepContext.Context, Deps.Content.Collision.Intro, cancellationToken);
        return await stepContext.PromptAsync(ConfirmPromptId, Say.Ask(Deps.Content.Collision.AnyoneHurt), cancellationToken);
    }

    private async Task<DialogTurnResult> HurtAnsweredStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is true)
        {
            return await stepContext.PromptAsync(ConfirmPromptId, Say.Ask(Deps.Content.Collision.HurtNowSerious), cancellationToken);
        }

        // Nobody hurt: go on to the details question.
        return await stepContext.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> SeriousAnsweredStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is true)
        {
            await Say.SendAsync(stepContext.Context, Deps.Content.Collision.HurtCallEmergency, cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Emergency("step3:collision:injury-now"), cancellationToken);
        }

        if (stepContext.Result is false)
        {
            await Say.SendAsync(stepContext.Context, Deps.Content.Collision.HurtMustReport, cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Done("step3:collision:injury"), cancellationToken);
        }

        if (IsEditing(stepContext))
        {
            return await stepContext.NextAsync(null, cancellationToken);
        }

        return await stepContext.PromptAsync(ConfirmPromptId, Say.Ask(Deps.Content.Collision.DetailsExchanged), cancellationToken);
    }

    private async Task<DialogTurnResult> DetailsAnsweredStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is false)
        {
            Save(stepContext, Draft(stepContext) with { Problem = "no-details" });
            await Say.SendAsync(stepContext.Context, Deps.Content.Collision.MustReport, cancellationToken);
            return await stepContext.NextAsync(null, cancellationToken);
        }

        if (stepContext.Result is true)
        {
            var labels = Deps.Content.Collision.Problems;
            return await stepContext.PromptAsync(ProblemPromptId, Say.Choose(Deps.Content.Collision.Problem, ReportFieldsOrder().Select(k => labels[k])), cancellationToken);
        }

        return await stepContext.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> ProblemAnsweredStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is FoundChoice choice)
        {
            var problem = ReportFieldsOrder()[choice.Index];
            if (problem == "none")
            {
                await Say.SendAsync(stepContext.Context, Deps.Content.Collision.NoNeedToReport, cancellationToken);
                return await stepContext.EndDialogAsync(StepOutcome.Done("step3:collision:no-need"), cancellationToken);
            }

            Save(stepContext, Draft(stepContext) with { Problem = problem });
            await Say.SendAsync(stepContext.Context, Deps.Content.Collision.MustReport, cancellationToken);
        }

        return await stepContext.NextAsync(null, cancellationToken);
    }

    private static IReadOnlyList<string> ReportFieldsOrder() => Content.ReportFields.CollisionProblems;
}
