using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with its own inner dialog stack kept in its state.
/// Subclass it, add the inner dialogs in the constructor and set <see cref="InitialDialogId"/>
/// (the first dialog added is used if it is not set). Override <see cref="OnContinueDialogAsync"/>
/// to look at each message before the inner dialogs do, for example to handle interruptions.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string PersistedDialogStateKey = "dialogs";

    private readonly DialogSet _dialogs = new();

    /// <summary>
    /// Initializes a new instance of the <see cref="ComponentDialog"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the dialog.</param>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>Gets or sets the id of the inner dialog started when this component begins.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Gets the inner dialogs.</summary>
    protected DialogSet Dialogs => _dialogs;

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerState = new DialogState();
        outerDc.ActiveDialog!.State[PersistedDialogStateKey] = innerState;
        var innerDc = new DialogContext(_dialogs, outerDc, innerState);

        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        if (turnResult.Status != DialogTurnStatus.Waiting)
        {
            return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateInnerDc(outerDc, outerDc.ActiveDialog!);

        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        if (turnResult.Status != DialogTurnStatus.Waiting)
        {
            return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>
    /// Called if a dialog this component started on the outer stack ended. The component's inner dialog is
    /// still waiting for the user, so it is asked to prompt again.
    /// </summary>
    /// <param name="outerDc">The outer dialog context.</param>
    /// <param name="reason">Why the component is resumed.</param>
    /// <param name="result">The outer dialog's result (ignored).</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns><see cref="Dialog.EndOfTurn"/>.</returns>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = new DialogContext(_dialogs, turnContext, GetInnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            // Inner dialogs get their own chance to clean up before the component goes.
            var innerDc = new DialogContext(_dialogs, turnContext, GetInnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds an inner dialog. The first dialog added becomes <see cref="InitialDialogId"/> unless it is set.
    /// </summary>
    /// <param name="dialog">The dialog to add.</param>
    /// <returns>This component, so that calls can be chained.</returns>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>
    /// Finds an inner dialog by id.
    /// </summary>
    /// <param name="dialogId">The id of the dialog.</param>
    /// <returns>The dialog, or null if it is not one of this component's dialogs.</returns>
    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    /// <summary>
    /// Called when the component begins. By default it starts <see cref="InitialDialogId"/> with the options.
    /// </summary>
    /// <param name="innerDc">The inner dialog context.</param>
    /// <param name="options">The options the component was started with.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the inner dialog stack.</returns>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (string.IsNullOrEmpty(InitialDialogId))
        {
            throw new InvalidOperationException($"Component '{Id}' has no inner dialogs to start.");
        }

        return innerDc.BeginDialogAsync(InitialDialogId, options, cancellationToken);
    }

    /// <summary>
    /// Called for each turn while the component is active. By default it continues the inner dialog.
    /// Override to handle a message first (an interruption) and call the base only when it was not handled.
    /// </summary>
    /// <param name="innerDc">The inner dialog context.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the inner dialog stack; any status but Waiting ends the component.</returns>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>
    /// Called when the component is ending, after any inner dialogs were cancelled.
    /// </summary>
    /// <param name="context">The context for the current turn.</param>
    /// <param name="instance">The component's instance on the outer stack.</param>
    /// <param name="reason">Why the component is ending.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>A task that completes when clean-up is done.</returns>
    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>
    /// Called after the inner dialog was asked to prompt again.
    /// </summary>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="instance">The component's instance on the outer stack.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>A task that completes when done.</returns>
    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>
    /// Ends the component on the outer stack, returning a result to its parent.
    /// </summary>
    /// <param name="outerDc">The outer dialog context.</param>
    /// <param name="result">The component's result.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the outer dialog stack.</returns>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private static DialogState GetInnerState(DialogInstance instance)
    {
        var state = StateValues.Get<DialogState>(instance.State, PersistedDialogStateKey);
        if (state is null)
        {
            state = new DialogState();
            instance.State[PersistedDialogStateKey] = state;
        }

        return state;
    }

    private DialogContext CreateInnerDc(DialogContext outerDc, DialogInstance instance)
        => new(_dialogs, outerDc, GetInnerState(instance));
}
