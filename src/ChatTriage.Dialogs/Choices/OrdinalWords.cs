namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// English position words: "2", "2nd", "second", "two", "last".
/// </summary>
internal static class OrdinalWords
{
    private static readonly string[] Ordinals =
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth",
    };

    private static readonly string[] Cardinals =
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    };

    private static readonly string[] Fillers =
    {
        "number", "no", "option", "choice", "the", "one", "please", "its", "it", "is", "i", "want", "pick", "choose",
        "go", "for", "with", "id", "like", "nr", "num", "answer", "say", "will", "take",
    };

    /// <summary>
    /// Reads a 1-based position from a normalised reply made of one position word and filler words.
    /// </summary>
    /// <returns>The 1-based position, <c>int.MaxValue</c> for "last", or null.</returns>
    public static int? ParsePosition(string[] tokens)
    {
        var significant = tokens.Where(t => !Fillers.Contains(t)).ToList();
        if (significant.Count == 0 && tokens.Contains("one"))
        {
            return 1;
        }

        if (significant.Count != 1)
        {
            return null;
        }

        var word = significant[0];
        if (word == "last")
        {
            return int.MaxValue;
        }

        var digits = StripOrdinalSuffix(word);
        if (digits.Length is > 0 and <= 3 && digits.All(char.IsAsciiDigit))
        {
            return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        }

        var ordinal = Array.IndexOf(Ordinals, word);
        if (ordinal >= 0)
        {
            return ordinal + 1;
        }

        // A bare number word counts only on its own ("two"), not inside a sentence.
        var cardinal = Array.IndexOf(Cardinals, word);
        return cardinal >= 0 && tokens.Length <= 2 ? cardinal + 1 : null;
    }

    private static string StripOrdinalSuffix(string word)
    {
        foreach (var suffix in new[] { "st", "nd", "rd", "th" })
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal) && char.IsAsciiDigit(word[^(suffix.Length + 1)]))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
