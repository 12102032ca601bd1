namespace ChatTriage.Dialogs;

/// <summary>
/// The persisted dialog stack of a conversation (or of a component dialog).
/// </summary>
public class DialogState
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DialogState"/> class with an empty stack.
    /// </summary>
    public DialogState()
        : this(null)
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="DialogState"/> class.
    /// </summary>
    /// <param name="stack">The dialog stack to use, top of the stack at index 0.</param>
    public DialogState(List<DialogInstance>? stack)
    {
        DialogStack = stack ?? new List<DialogInstance>();
    }

    /// <summary>Gets or sets the dialog stack; the active dialog is at index 0.</summary>
    public List<DialogInstance> DialogStack { get; set; }
}
