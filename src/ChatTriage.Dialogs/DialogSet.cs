using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs;

/// <summary>
/// A set of dialogs that can call one another, and the entry point that loads the dialog stack for a turn.
/// </summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>
    /// Initializes a new instance of the <see cref="DialogSet"/> class whose stack is persisted through
    /// the given state property (usually on <see cref="ConversationState"/>).
    /// </summary>
    /// <param name="dialogState">The property the dialog stack is read from and written to.</param>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="DialogSet"/> class with no state property,
    /// as used inside a <see cref="ComponentDialog"/>.
    /// </summary>
    public DialogSet()
    {
    }

    /// <summary>
    /// Adds a dialog to the set.
    /// </summary>
    /// <param name="dialog">The dialog to add.</param>
    /// <returns>This set, so that calls can be chained.</returns>
    /// <exception cref="ArgumentException">Another dialog with the same id is already in the set.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    /// <summary>
    /// Finds a dialog in this set (not in parent sets).
    /// </summary>
    /// <param name="dialogId">The id of the dialog.</param>
    /// <returns>The dialog, or null if it is not in the set.</returns>
    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.TryGetValue(dialogId, out var dialog) ? dialog : null;
    }

    /// <summary>
    /// Gets the dialogs in the set.
    /// </summary>
    /// <returns>The dialogs, in no particular order.</returns>
    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>
    /// Loads the dialog stack for this turn and returns a context to run dialogs with.
    /// </summary>
    /// <param name="turnContext">The context for the current turn.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>A dialog context over the conversation's dialog stack.</returns>
    /// <exception cref="InvalidOperationException">The set was made without a state property.</exception>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set was made without a state property, so it cannot load a dialog stack.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        state.DialogStack ??= new List<DialogInstance>();

        // A storage that keeps no type names hands back JSON that the accessor converts to a new object:
        // setting it back makes sure the changes made this turn are the ones saved.
        await _dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
