using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs;

/// <summary>
/// Runs a dialog as the root of a conversation.
/// </summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the dialog if it is in progress, or starts it if the stack is empty. The caller saves
    /// conversation state at the end of the turn (or uses <see cref="AutoSaveStateMiddleware"/>).
    /// </summary>
    /// <param name="dialog">The root dialog.</param>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="accessor">The state property that holds the dialog stack.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack this turn.</returns>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);

        var dialogSet = new DialogSet(accessor);
        dialogSet.Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);

        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
