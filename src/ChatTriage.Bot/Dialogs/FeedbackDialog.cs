using ChatTriage.Bot.Dialogs.Fields;
using ChatTriage.Bot.Feedback;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Bot.Dialogs;

/// <summary>"Was this helpful?" (yes/no) and an optional comment, kept through <see cref="IFeedbackStore"/>.</summary>
public sealed class FeedbackDialog : ComponentDialog
{
    private const string HelpfulKey = "helpful";

    private readonly TriageDependencies deps;

    public FeedbackDialog(TriageDependencies deps)
        : base(nameof(FeedbackDialog))
    {
        this.deps = deps;
        var g = deps.Content.Global;
        AddDialog(new WaterfallDialog(Id + ".steps", [AskStepAsync, CommentStepAsync, SaveStepAsync]));
        AddDialog(new ConfirmPrompt("feedback.helpful", Patience.Validator<bool>(deps.Content), g.Yes, g.No));
        AddDialog(new FieldDialog("feedback.comment", g.FeedbackComment, FieldChecks.Text(1, 1000, g.TooShort, g.TooLong), true, deps));
        InitialDialogId = Id + ".steps";
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        stepContext.PromptAsync("feedback.helpful", Say.Ask(deps.Content.Global.Feedback), cancellationToken);

    private Task<DialogTurnResult> CommentStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        stepContext.Values[HelpfulKey] = stepContext.Result is true ? "yes" : "no";
        return stepContext.BeginDialogAsync("feedback.comment", null, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var outcome = StepValues.Options<StepRequest>(stepContext.Options)?.Text ?? "unknown";
        var entry = new FeedbackEntry(
            stepContext.Context.Activity.Conversation.Id,
            outcome,
            StepValues.Get<string>(stepContext.Values, HelpfulKey) == "yes",
            (stepContext.Result as FieldAnswer)?.Value,
            deps.Clock.GetUtcNow());
        await deps.Feedback.SaveAsync(entry, cancellationToken);
        await Say.SendAsync(stepContext.Context, deps.Content.Global.FeedbackThanks, cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }
}
