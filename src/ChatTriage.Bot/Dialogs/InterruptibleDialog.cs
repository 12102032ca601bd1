using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Prompts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// A component that listens for the global words before any inner dialog or prompt sees the message:
/// "help" (what I can do, then the same question again), "start over"/"cancel" (after a yes to a confirming
/// question), and "talk to a person"; and, right after the 999 message, "I'm safe now, carry on" (the same question
/// again, rather than taking those words as its answer). Subclasses say what starting over and talking to a person mean.
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

    /// <param name="innerDc">The component's inner context, with its dialogs already cancelled.</param>
    /// <param name="collectedJson">The answers of a report in progress (JSON), or null.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    protected abstract Task<DialogTurnResult> OnTalkToPersonAsync(DialogContext innerDc, string? collectedJson, CancellationToken cancellationToken);

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

        if (innerDc.Context.TurnState.ContainsKey(Emergency.EmergencyMiddleware.SafeAgainKey))
        {
            await Say.SendAsync(innerDc.Context, g.CarryOn, cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
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

            // What the resident already gave goes to the person with the chat.
            var collected = CollectedAnswers(innerDc);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await OnTalkToPersonAsync(innerDc, collected, cancellationToken);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    // Reports keep their draft as JSON under "values.draft" in their waterfall's state, at any depth of the stack.
    private static string? CollectedAnswers(DialogContext innerDc) =>
        JToken.FromObject(innerDc.Stack).SelectTokens("$..values.draft").Select(t => t.Type == JTokenType.String ? (string?)t : null).FirstOrDefault(t => t is not null);

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
