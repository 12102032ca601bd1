using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs;

/// <summary>
/// A dialog made of steps run in order; each step usually prompts, and the next step receives the answer.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    /// <summary>
    /// Initializes a new instance of the <see cref="WaterfallDialog"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the dialog.</param>
    /// <param name="actions">The steps, in order.</param>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? actions = null)
        : base(dialogId)
    {
        _steps = actions?.ToList() ?? new List<WaterfallStep>();
    }

    /// <summary>Gets the number of steps.</summary>
    public int StepCount => _steps.Count;

    /// <summary>
    /// Adds a step at the end.
    /// </summary>
    /// <param name="step">The step to add.</param>
    /// <returns>This waterfall, so that calls can be chained.</returns>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        if (options is not null)
        {
            state[OptionsKey] = options;
        }

        state[ValuesKey] = new Dictionary<string, object>();
        state[StepIndexKey] = 0;
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Continues the waterfall when it is the active dialog (no prompt pending): a message moves to the next
    /// step with the message text as the result; other activities are ignored.
    /// </summary>
    /// <param name="dc">The dialog context for the current turn.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the next step, passing it the child dialog's (or the previous step's) result.
    /// </summary>
    /// <param name="dc">The dialog context for the current turn.</param>
    /// <param name="reason">Why the waterfall is resumed.</param>
    /// <param name="result">The result the next step receives.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = StateValues.GetInt(dc.ActiveDialog!.State, StepIndexKey);
        return await RunStepAsync(dc, index + 1, reason, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one step. Override to observe or wrap every step.
    /// </summary>
    /// <param name="stepContext">The step's context.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            // Past the last step: the waterfall ends with the last step's result.
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        state.TryGetValue(OptionsKey, out var options);
        var values = StateValues.GetDictionary(state, ValuesKey);
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }
}
