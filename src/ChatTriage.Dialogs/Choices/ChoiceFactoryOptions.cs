namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// How <see cref="ChoiceFactory"/> writes choices into a message as text.
/// </summary>
public class ChoiceFactoryOptions
{
    /// <summary>Gets or sets the separator between inline choices. Default ", ".</summary>
    public string InlineSeparator { get; set; } = ", ";

    /// <summary>Gets or sets the separator before the last of two inline choices. Default " or ".</summary>
    public string InlineOr { get; set; } = " or ";

    /// <summary>Gets or sets the separator before the last of three or more inline choices. Default ", or ".</summary>
    public string InlineOrMore { get; set; } = ", or ";

    /// <summary>Gets or sets a value indicating whether choices are numbered. Default true.</summary>
    public bool IncludeNumbers { get; set; } = true;
}
