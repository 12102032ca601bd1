using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Prompts;
using Microsoft.Bot.Schema;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// A component that listens for the global words before any inner dialog or prompt sees the message:
/// "help" (what I can do, then the same question again), "start over"/"cancel" (after a yes to a confirming
/// question), and "talk to a person". Subclasses say what starting over and talking to a person mean.
/// </summary>
public abstract class InterruptibleDialog : ComponentDialog
{
    private const string PendingCancelKey = "pendingCancel";

    protected InterruptibleDialog(string dialogId, TriageDependencies deps)
        : base(dialogId)
    {
        Deps = deps;
    }

    protected TriageDependencies Deps { get; }

    protected abstract Task<DialogTurnResult> OnStartOverAsync(DialogContext innerDc, CancellationToken cancellationToken);

    protected abstract Task<DialogTurnResult> OnTalkToPersonAsync(DialogContext innerDc, CancellationToken cancellationToken);

    /// <summary>True when the resident is already where "talk to a person" would take them.</summary>
    protected virtual bool IsWithPersonStep(DialogContext innerDc) => false;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        var text = activity.Text;
        var state = innerDc.Parent?.ActiveDialog?.State;
        var g = Deps.Content.Global;
        if (state is not null && state.Remove(PendingCancelKey))
        {
            switch (ReadYesNo(text))
            {
                case true:
                    await Say.SendAsync(innerDc.Context, g.Cancelled, cancellationToken);
                    await innerDc.CancelAllDialogsAsync(cancellationToken);
                    return await OnStartOverAsync(innerDc, cancellationToken);
                case false:
                    await Say.SendAsync(innerDc.Context, g.CarryOn, cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return Dialog.EndOfTurn;
                default:
                    state[PendingCancelKey] = true;
                    await innerDc.Context.SendActivityAsync(Say.WithActions(g.CancelConfirm.Retry, [g.Yes, g.No]), cancellationToken);
                    return Dialog.EndOfTurn;
            }
        }

        if (Deps.Language.Help.Matches(text))
        {
            await Say.SendAsync(innerDc.Context, g.Help, cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        if (Deps.Language.Cancel.Matches(text) && state is not null)
        {
            state[PendingCancelKey] = true;
            await innerDc.Context.SendActivityAsync(Say.WithActions(g.CancelConfirm.Prompt, [g.Yes, g.No]), cancellationToken);
            return Dialog.EndOfTurn;
        }

        if (Deps.Language.Person.Matches(text))
        {
            if (IsWithPersonStep(innerDc))
            {
                // Already on the way to a person: the question asked is part of getting there.
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            }

            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await OnTalkToPersonAsync(innerDc, cancellationToken);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private bool? ReadYesNo(string? text)
    {
        var g = Deps.Content.Global;
        if (string.Equals(text?.Trim(), g.Yes, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text?.Trim(), g.No, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return ConfirmRecognizer.Recognize(text);
    }
}
