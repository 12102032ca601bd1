namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// How <see cref="ChoiceRecognizer"/> matches a reply to a choice.
/// </summary>
public class ChoiceRecognizerOptions
{
    /// <summary>The words ignored by default when matching on words (English filler words).</summary>
    public static readonly IReadOnlyCollection<string> DefaultIgnoredWords = new[]
    {
        "a", "an", "the", "to", "of", "i", "im", "id", "ive", "my", "me", "and", "or", "it", "its", "is", "in", "on",
        "for", "want", "wanna", "would", "like", "please", "some", "about", "with", "at", "be", "was", "this", "that",
        "you", "can", "do", "just", "need", "so", "um", "erm", "er", "uh", "well", "think", "one",
    };

    /// <summary>Gets or sets a value indicating whether "2", "second", "2nd", "two" or "last" pick by position. Default true.</summary>
    public bool RecognizeNumbers { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether a reply that names part of one choice picks it. Default true.</summary>
    public bool AllowPartialMatches { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether small typos are forgiven (more for longer words). Default true.</summary>
    public bool AllowTypos { get; set; } = true;

    /// <summary>Gets or sets the words ignored when matching on words (already normalised: lower case, no apostrophes).</summary>
    public ISet<string> IgnoredWords { get; set; } = new HashSet<string>(DefaultIgnoredWords, StringComparer.Ordinal);
}
