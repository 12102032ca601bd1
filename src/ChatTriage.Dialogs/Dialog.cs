using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs;

/// <summary>
/// Base class for all dialogs.
/// </summary>
public abstract class Dialog
{
    /// <summary>
    /// Initializes a new instance of the <see cref="Dialog"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the dialog, unique within its dialog set.</param>
    protected Dialog(string dialogId)
    {
        if (string.IsNullOrWhiteSpace(dialogId))
        {
            throw new ArgumentException("A dialog needs an id.", nameof(dialogId));
        }

        Id = dialogId;
    }

    /// <summary>
    /// Gets a result meaning "this dialog is waiting for the user": return it from a dialog method to end the turn.
    /// </summary>
    public static DialogTurnResult EndOfTurn { get; } = new DialogTurnResult(DialogTurnStatus.Waiting);

    /// <summary>Gets the id of the dialog.</summary>
    public string Id { get; }

    /// <summary>
    /// Called when the dialog is started and pushed onto the dialog stack.
    /// </summary>
    /// <param name="dc">The dialog context for the current turn.</param>
    /// <param name="options">Options passed by the caller, if any.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Called when the dialog is the active dialog and the user replied. By default the dialog ends.
    /// </summary>
    /// <param name="dc">The dialog context for the current turn.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>
    /// Called when a child dialog that this dialog started has ended and this dialog is active again.
    /// By default the dialog ends, passing the child's result on.
    /// </summary>
    /// <param name="dc">The dialog context for the current turn.</param>
    /// <param name="reason">Why the dialog is resumed.</param>
    /// <param name="result">The child dialog's result, if any.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>
    /// Called when the dialog should ask the user again. By default nothing is sent.
    /// </summary>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="instance">The dialog's instance on the stack.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>A task that completes when the reprompt has been sent.</returns>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        return Task.CompletedTask;
    }

    /// <summary>
    /// Called when the dialog is ending (completed, replaced or cancelled), before it leaves the stack.
    /// </summary>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="instance">The dialog's instance on the stack.</param>
    /// <param name="reason">Why the dialog is ending.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>A task that completes when the dialog has cleaned up.</returns>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        return Task.CompletedTask;
    }
}
