using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// One option offered to the user by a <see cref="Prompts.ChoicePrompt"/>.
/// </summary>
public class Choice
{
    /// <summary>
    /// Initializes a new instance of the <see cref="Choice"/> class.
    /// </summary>
    /// <param name="value">The value returned when the choice is picked; also its button title by default.</param>
    public Choice(string? value = null)
    {
        Value = value ?? string.Empty;
    }

    /// <summary>Gets or sets the value returned when the choice is picked.</summary>
    public string Value { get; set; }

    /// <summary>Gets or sets the button to show for the choice; by default an imBack button titled with <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Gets or sets other words or phrases that pick this choice.</summary>
    public List<string>? Synonyms { get; set; }
}
