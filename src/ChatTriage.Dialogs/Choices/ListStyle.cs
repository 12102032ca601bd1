namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// How a prompt shows its choices.
/// </summary>
public enum ListStyle
{
    /// <summary>The choices are not shown; the prompt text is sent as it is.</summary>
    None,

    /// <summary>Suggested-action buttons for a few choices, a numbered list for many.</summary>
    Auto,

    /// <summary>The choices are appended to the prompt on one line ("1. a, 2. b or 3. c").</summary>
    Inline,

    /// <summary>The choices are appended to the prompt as a numbered list, one per line.</summary>
    List,

    /// <summary>The choices are sent as suggested-action buttons.</summary>
    SuggestedAction,
}
