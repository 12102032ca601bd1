using ChatTriage.Dialogs.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Base class for prompts: a dialog that asks one question, recognises the answer, checks it with an
/// optional validator and asks again with the retry prompt until it gets an acceptable answer.
/// </summary>
/// <typeparam name="T">The type of value the prompt returns.</typeparam>
public abstract class Prompt<T> : Dialog
{
    /// <summary>The key, in the prompt's state, of the number of answers given so far.</summary>
    public const string AttemptCountKey = "AttemptCount";

    private const string PersistedOptions = "options";
    private const string PersistedState = "state";

    private readonly PromptValidator<T>? _validator;

    /// <summary>
    /// Initializes a new instance of the <see cref="Prompt{T}"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the prompt.</param>
    /// <param name="validator">An optional validator run on every answer.</param>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options switch
        {
            null => new PromptOptions(),
            PromptOptions typed => typed,
            _ => throw new ArgumentException($"Prompt '{Id}' must be started with PromptOptions, not {options.GetType().Name}.", nameof(options)),
        };

        var instanceState = dc.ActiveDialog!.State;
        instanceState[PersistedOptions] = promptOptions;
        var state = new Dictionary<string, object> { [AttemptCountKey] = 0 };
        instanceState[PersistedState] = state;

        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instanceState = dc.ActiveDialog!.State;
        var options = GetOptions(instanceState);
        var state = StateValues.GetDictionary(instanceState, PersistedState);

        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        state[AttemptCountKey] = StateValues.GetInt(state, AttemptCountKey) + 1;

        bool isValid;
        if (_validator is not null)
        {
            var promptContext = new PromptValidatorContext<T>(dc.Context, recognized, state, options);
            isValid = await _validator(promptContext, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            isValid = recognized.Succeeded;
        }

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        // A validator that sent its own message (say, why the answer was not accepted) speaks for the retry.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>
    /// Asks again when a dialog this prompt started on its own stack has ended. Prompts do not normally start
    /// dialogs, so this only happens when something was pushed on top of it.
    /// </summary>
    /// <param name="dc">The dialog context for the current turn.</param>
    /// <param name="reason">Why the prompt is resumed.</param>
    /// <param name="result">Ignored.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns><see cref="Dialog.EndOfTurn"/>.</returns>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var options = GetOptions(instance.State);
        var state = StateValues.GetDictionary(instance.State, PersistedState);
        await OnPromptAsync(turnContext, state, options, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends the prompt, or the retry prompt.
    /// </summary>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="state">The prompt's persisted state.</param>
    /// <param name="options">The prompt's options.</param>
    /// <param name="isRetry">True when the last answer was not accepted.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>A task that completes when the message has been sent.</returns>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Recognises a value in the user's reply.
    /// </summary>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="state">The prompt's persisted state.</param>
    /// <param name="options">The prompt's options.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What was recognised.</returns>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Picks the message to send: the retry prompt when retrying (if there is one), otherwise the prompt.
    /// The result is a copy, safe to change.
    /// </summary>
    /// <param name="options">The prompt's options.</param>
    /// <param name="isRetry">True when the last answer was not accepted.</param>
    /// <returns>A copy of the message to send, or null if the options hold none.</returns>
    protected static Activity? SelectPrompt(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chosen = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return chosen is null ? null : CloneActivity(chosen);
    }

    /// <summary>
    /// Copies a message, so that adding buttons to it does not change the persisted options.
    /// </summary>
    /// <param name="activity">The message to copy.</param>
    /// <returns>A deep copy.</returns>
    protected static Activity CloneActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return JObject.FromObject(activity).ToObject<Activity>()!;
    }

    /// <summary>
    /// Sends a message offering choices in the given style, keeping the text, speech and other fields of
    /// <paramref name="prompt"/> (which may be null for choices alone).
    /// </summary>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="prompt">The message to add the choices to.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="style">How to show them.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>A task that completes when the message has been sent.</returns>
    protected static async Task SendWithChoicesAsync(ITurnContext turnContext, Activity? prompt, IList<Choice> choices, ListStyle style, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(choices);
        var message = prompt ?? (Activity)MessageFactory.Text(string.Empty);
        if (choices.Count > 0 && style != ListStyle.None)
        {
            var withChoices = ChoiceFactory.ForStyle(choices, style, message.Text, message.Speak);
            message.Text = withChoices.Text;
            if (withChoices.SuggestedActions is not null)
            {
                message.SuggestedActions = withChoices.SuggestedActions;
            }
        }

        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private static PromptOptions GetOptions(IDictionary<string, object> instanceState)
        => StateValues.Get<PromptOptions>(instanceState, PersistedOptions) ?? new PromptOptions();
}
