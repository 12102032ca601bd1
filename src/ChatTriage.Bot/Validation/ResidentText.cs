namespace ChatTriage.Bot.Validation;

/// <summary>Checks on free-text answers: something meaningful (not empty, not only emoji), within a length.</summary>
public static class ResidentText
{
    /// <summary>True when the text holds at least one letter or digit.</summary>
    public static bool HasMeaning(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Any(char.IsLetterOrDigit);

    public static bool FitsLength(string? text, int min, int max)
    {
        var length = text?.Trim().Length ?? 0;
        return length >= min && length <= max;
    }
}
