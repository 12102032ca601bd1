namespace ChatTriage.Dialogs;

/// <summary>
/// What happened to the dialog stack on a call to begin, continue or end a dialog.
/// </summary>
public class DialogTurnResult
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DialogTurnResult"/> class.
    /// </summary>
    /// <param name="status">The state of the dialog stack.</param>
    /// <param name="result">The result returned by a dialog that completed, if any.</param>
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    /// <summary>Gets the state of the dialog stack.</summary>
    public DialogTurnStatus Status { get; }

    /// <summary>Gets the result returned by a dialog that completed, if any.</summary>
    public object? Result { get; }
}
