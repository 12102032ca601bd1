namespace ChatTriage.Dialogs;

/// <summary>
/// Why a dialog is being started, resumed or ended.
/// </summary>
public enum DialogReason
{
    /// <summary>A dialog was started with <see cref="DialogContext.BeginDialogAsync"/>.</summary>
    BeginCalled,

    /// <summary>A dialog is continued with <see cref="DialogContext.ContinueDialogAsync"/>.</summary>
    ContinueCalled,

    /// <summary>A dialog ended normally with <see cref="DialogContext.EndDialogAsync"/>.</summary>
    EndCalled,

    /// <summary>A dialog is ending because it was replaced with <see cref="DialogContext.ReplaceDialogAsync"/>.</summary>
    ReplaceCalled,

    /// <summary>A dialog was cancelled by <see cref="DialogContext.CancelAllDialogsAsync(CancellationToken)"/>.</summary>
    CancelCalled,

    /// <summary>A waterfall step moved on with <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
