namespace ChatTriage.Dialogs;

/// <summary>
/// The state of the dialog stack after a turn.
/// </summary>
public enum DialogTurnStatus
{
    /// <summary>The dialog stack was empty: nothing ran.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the next message from the user.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed (possibly with a result).</summary>
    Complete,

    /// <summary>The dialogs on the stack were cancelled.</summary>
    Cancelled,
}
