using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;
using ChatTriage.Bot.Dialogs.Fields;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Step 2: answers online. Ranks the content's answers for the question, shows the best with its source and asks
/// "Did this answer your question?"; on no, shows the next best (up to three), then points to the next step.
/// Says only what the content says.
/// </summary>
public sealed class CheckOnlineDialog : ComponentDialog
{
    public const int MaxAnswersShown = 3;

    private const string RankedKey = "ranked";
    private const string ShownKey = "shown";

    private readonly TriageDependencies deps;

    public CheckOnlineDialog(TriageDependencies deps)
        : base(nameof(CheckOnlineDialog))
    {
        this.deps = deps;
        AddDialog(new WaterfallDialog(Id + ".steps", [QuestionStepAsync, ShowStepAsync, HelpedStepAsync]));
        AddDialog(new FieldDialog("check-online.ask", deps.Content.OnlineAnswers.Ask, text => FieldCheck.Accept(text.Trim()), false, deps));
        AddDialog(new ConfirmPrompt("check-online.helped", Patience.Validator<bool>(deps.Content), deps.Content.Global.Yes, deps.Content.Global.No));
        InitialDialogId = Id + ".steps";
    }

    /// <summary>The message for one answer: the answer, then where it comes from.</summary>
    public static string Describe(OnlineAnswer answer, TriageContent content) =>
        answer.Answer + "\n\n" + TextTemplate.Fill(content.OnlineAnswers.SourceText, ("source", answer.Source));

    private async Task<DialogTurnResult> QuestionStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var cursor = StepValues.Options<AnswerCursor>(stepContext.Options);
        if (cursor?.Ranked is not null)
        {
            return await stepContext.NextAsync(cursor, cancellationToken);
        }

        if (deps.Language.Answers.Rank(cursor?.Text).Count > 0)
        {
            return await stepContext.NextAsync(new FieldAnswer(cursor!.Text), cancellationToken);
        }

        return await stepContext.BeginDialogAsync("check-online.ask", null, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is AnswerCursor next)
        {
            // Showing the next best after a "no".
            await Say.SendAsync(stepContext.Context, deps.Content.OnlineAnswers.NextBest, cancellationToken);
            return await ShowAsync(stepContext, next.Ranked!, next.Shown, cancellationToken);
        }

        var answer = stepContext.Result as FieldAnswer;
        if (answer is { PersonWanted: true })
        {
            return await stepContext.EndDialogAsync(StepOutcome.Person("step2:person"), cancellationToken);
        }

        var ranked = deps.Language.Answers.Rank(answer?.Value).Take(MaxAnswersShown).Select(a => a.Id).ToList();
        if (ranked.Count == 0)
        {
            await Say.SendAsync(stepContext.Context, deps.Content.OnlineAnswers.NotFound, cancellationToken);
            await Say.SendAsync(stepContext.Context, deps.Content.Global.Help, cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Done("step2:not-found"), cancellationToken);
        }

        return await ShowAsync(stepContext, string.Join(' ', ranked), 0, cancellationToken);
    }

    private async Task<DialogTurnResult> HelpedStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var ranked = StepValues.Get<string>(stepContext.Values, RankedKey) ?? string.Empty;
        var ids = ranked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shown = StepValues.GetInt(stepContext.Values, ShownKey);
        if (stepContext.Result is true)
        {
            return await stepContext.EndDialogAsync(StepOutcome.Done("step2:" + ids[shown]), cancellationToken);
        }

        if (shown + 1 < ids.Length)
        {
            return await stepContext.ReplaceDialogAsync(Id + ".steps", new AnswerCursor(null, ranked, shown + 1), cancellationToken);
        }

        await Say.SendAsync(stepContext.Context, deps.Content.OnlineAnswers.NoMore, cancellationToken);
        await Say.SendAsync(stepContext.Context, deps.Content.Global.Help, cancellationToken);
        return await stepContext.EndDialogAsync(StepOutcome.Done("step2:unanswered"), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext stepContext, string ranked, int shown, CancellationToken cancellationToken)
    {
        stepContext.Values[RankedKey] = ranked;
        stepContext.Values[ShownKey] = shown;
        var id = ranked.Split(' ')[shown];
        var answer = deps.Content.OnlineAnswers.Answers.First(a => a.Id == id);
        await Say.SendAsync(stepContext.Context, Describe(answer, deps.Content), cancellationToken);
        return await stepContext.PromptAsync("check-online.helped", Say.Ask(deps.Content.OnlineAnswers.DidItHelp), cancellationToken);
    }
}
