using ChatTriage.Bot.Content.Model;
using ChatTriage.Bot.Validation;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Bot.Dialogs.Fields;

/// <summary>
/// Asks one free-text question and checks the answer. A wrong answer gets a retry message that says what is
/// wanted. After three wrong answers an optional question is skipped, and a required one offers a person
/// (no: ask again). Optional questions also accept "skip", "none", "not sure" and the like.
/// </summary>
public sealed class FieldDialog : ComponentDialog
{
    public const int MaxAttempts = 3;

    private const string SkipMarker = "\u0001skip";
    private const string GiveUpMarker = "\u0001give-up";

    private readonly Question question;
    private readonly Func<string, FieldCheck> check;
    private readonly bool optional;
    private readonly TriageDependencies deps;

    public FieldDialog(string dialogId, Question question, Func<string, FieldCheck> check, bool optional, TriageDependencies deps)
        : base(dialogId)
    {
        this.question = question;
        this.check = check;
        this.optional = optional;
        this.deps = deps;
        AddDialog(new WaterfallDialog(dialogId + ".steps", [AskStepAsync, AnsweredStepAsync, OfferedStepAsync]));
        AddDialog(new TextPrompt(dialogId + ".text", ValidateAsync));
        AddDialog(new ConfirmPrompt(dialogId + ".person", Patience.Validator<bool>(deps.Content)));
        InitialDialogId = dialogId + ".steps";
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        stepContext.PromptAsync(Id + ".text", Say.Ask(question), cancellationToken);

    private async Task<DialogTurnResult> AnsweredStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var value = stepContext.Result as string;
        if (value == SkipMarker || (value == GiveUpMarker && optional))
        {
            await Say.SendAsync(stepContext.Context, deps.Content.Global.Skipped, cancellationToken);
            return await stepContext.EndDialogAsync(new FieldAnswer(null), cancellationToken);
        }

        if (value == GiveUpMarker)
        {
            return await stepContext.PromptAsync(Id + ".person", Say.Ask(deps.Content.Global.OfferPerson), cancellationToken);
        }

        return await stepContext.EndDialogAsync(new FieldAnswer(value), cancellationToken);
    }

    private async Task<DialogTurnResult> OfferedStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is true)
        {
            return await stepContext.EndDialogAsync(new FieldAnswer(null, PersonWanted: true), cancellationToken);
        }

        return await stepContext.ReplaceDialogAsync(Id + ".steps", null, cancellationToken);
    }

    private async Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Recognized.Succeeded ? prompt.Recognized.Value : null;
        if (optional && deps.Language.Skip.Matches(text))
        {
            prompt.Recognized.Value = SkipMarker;
            return true;
        }

        var verdict = text is null || !ResidentText.HasMeaning(text) ? FieldCheck.Reject(question.Retry) : check(text);
        if (verdict.Ok)
        {
            prompt.Recognized.Value = verdict.Value;
            return true;
        }

        if (prompt.AttemptCount >= MaxAttempts)
        {
            prompt.Recognized.Value = GiveUpMarker;
            return true;
        }

        await Say.SendAsync(prompt.Context, verdict.Retry ?? question.Retry, cancellationToken);
        return false;
    }
}
