using ChatTriage.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs;

/// <summary>
/// The dialog stack of one conversation (or of one component dialog) for the current turn,
/// with the operations that start, continue and end dialogs on it.
/// </summary>
public class DialogContext
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DialogContext"/> class.
    /// </summary>
    /// <param name="dialogs">The dialogs that can be started from this context.</param>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="state">The persisted dialog stack.</param>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        state.DialogStack ??= new List<DialogInstance>();
        Stack = state.DialogStack;
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="DialogContext"/> class for a child dialog set
    /// (as inside a <see cref="ComponentDialog"/>), whose dialogs can find the parent's dialogs.
    /// </summary>
    /// <param name="dialogs">The dialogs that can be started from this context.</param>
    /// <param name="parentDialogContext">The context of the parent dialog stack.</param>
    /// <param name="state">The persisted child dialog stack.</param>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="DialogContext"/> class that shares the stack, dialogs and
    /// parent of another context (used by <see cref="WaterfallStepContext"/>).
    /// </summary>
    /// <param name="other">The context whose stack is shared.</param>
    protected DialogContext(DialogContext other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Dialogs = other.Dialogs;
        Context = other.Context;
        Stack = other.Stack;
        Parent = other.Parent;
    }

    /// <summary>Gets the dialogs that can be started from this context.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>Gets the context for the current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>Gets the dialog stack; the active dialog is at index 0.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>Gets the parent dialog context, or null for the root stack.</summary>
    public DialogContext? Parent { get; }

    /// <summary>Gets the active dialog (top of the stack), or null if the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>
    /// Starts a dialog and pushes it onto the stack. If a dialog is already active, it waits underneath
    /// until the new dialog ends, then is resumed with the new dialog's result.
    /// </summary>
    /// <param name="dialogId">The id of the dialog to start; found in this set or a parent's.</param>
    /// <param name="options">Options for the dialog, if any.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    /// <exception cref="InvalidOperationException">No dialog with that id can be found.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(dialogId))
        {
            throw new ArgumentException("A dialog id is required.", nameof(dialogId));
        }

        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' was found. Add it to the dialog set or component first.");

        Stack.Insert(0, new DialogInstance { Id = dialogId, State = new Dictionary<string, object>() });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a prompt dialog with its options.
    /// </summary>
    /// <param name="dialogId">The id of the prompt.</param>
    /// <param name="options">The prompt's text, retry text and choices.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Passes the current turn to the active dialog, if there is one.
    /// </summary>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack; <see cref="DialogTurnStatus.Empty"/> if no dialog was active.</returns>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindActiveDialog(instance);
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the active dialog and resumes the one beneath it with the result.
    /// </summary>
    /// <param name="result">The result to pass to the dialog beneath, or to the caller if the stack empties.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack; <see cref="DialogTurnStatus.Complete"/> with the result if the stack emptied.</returns>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);

        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = FindActiveDialog(instance);
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the active dialog and starts another in its place; the dialog beneath is not resumed in between.
    /// </summary>
    /// <param name="dialogId">The id of the dialog to start.</param>
    /// <param name="options">Options for the new dialog, if any.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Cancels every dialog on this stack, top first.
    /// </summary>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/> if any dialog was cancelled, otherwise <see cref="DialogTurnStatus.Empty"/>.</returns>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
        => CancelAllDialogsAsync(false, cancellationToken);

    /// <summary>
    /// Cancels every dialog on this stack, top first, and optionally on every parent stack too.
    /// </summary>
    /// <param name="cancelParents">True to cancel the parent stacks as well (for example, to leave a component entirely).</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/> if any dialog was cancelled, otherwise <see cref="DialogTurnStatus.Empty"/>.</returns>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var cancelled = false;
        DialogContext? dc = this;
        while (dc is not null)
        {
            while (dc.Stack.Count > 0)
            {
                await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
                cancelled = true;
            }

            dc = cancelParents ? dc.Parent : null;
        }

        return new DialogTurnResult(cancelled ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>
    /// Asks the active dialog to send its prompt again.
    /// </summary>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>A task that completes when the reprompt has been sent.</returns>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        var dialog = FindActiveDialog(instance);
        await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Finds a dialog in this context's set, then in the parents' sets.
    /// </summary>
    /// <param name="dialogId">The id of the dialog.</param>
    /// <returns>The dialog, or null if none has that id.</returns>
    public Dialog? FindDialog(string dialogId)
    {
        for (DialogContext? dc = this; dc is not null; dc = dc.Parent)
        {
            var dialog = dc.Dialogs.Find(dialogId);
            if (dialog is not null)
            {
                return dialog;
            }
        }

        return null;
    }

    private Dialog FindActiveDialog(DialogInstance instance)
        => FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"The active dialog '{instance.Id}' is not in the dialog set. Was it renamed or removed?");

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }
}
