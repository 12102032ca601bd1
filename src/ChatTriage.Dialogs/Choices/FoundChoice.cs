namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// The choice a user's reply was matched to.
/// </summary>
public class FoundChoice
{
    /// <summary>Gets or sets the value of the choice matched.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the choice in the list offered.</summary>
    public int Index { get; set; }

    /// <summary>Gets or sets how confident the match is, from 0 to 1 (1 for an exact match).</summary>
    public float Score { get; set; }

    /// <summary>Gets or sets the value, title or synonym that matched, if the match was on words.</summary>
    public string? Synonym { get; set; }
}
