using ChatTriage.Dialogs.Choices;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// What a prompt says and offers: passed to <see cref="DialogContext.PromptAsync"/>.
/// </summary>
public class PromptOptions
{
    /// <summary>Gets or sets the message that asks the question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Gets or sets the message sent when the answer was not understood or not valid; the prompt is sent again if null.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>Gets or sets the choices offered (choice prompts).</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>Gets or sets how the choices are shown; the prompt's own style is used if null.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Gets or sets extra data for the prompt's validator.</summary>
    public object? Validations { get; set; }
}
