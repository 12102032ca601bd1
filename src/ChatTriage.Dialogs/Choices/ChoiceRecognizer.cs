namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// Matches a user's reply to one of a list of choices: exactly (ignoring case and punctuation), by position
/// ("2", "second", "last"), by a phrase inside the reply, or by words with small typos. A reply that matches
/// two choices equally well matches neither.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>
    /// Finds the choice a reply picks.
    /// </summary>
    /// <param name="utterance">The user's reply.</param>
    /// <param name="choices">The choices offered, in the order shown.</param>
    /// <param name="options">Matching options; defaults if null.</param>
    /// <returns>The choice found, or null if none (or more than one) matches.</returns>
    public static FoundChoice? Recognize(string? utterance, IList<Choice> choices, ChoiceRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceRecognizerOptions();
        var text = TextNormalizer.Normalize(utterance);
        if (text.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var phrases = ChoicePhrase.From(choices);

        var exact = phrases.FirstOrDefault(p => p.Normalized == text);
        if (exact is not null)
        {
            return exact.Found(1f);
        }

        var tokens = text.Split(' ');
        if (options.RecognizeNumbers)
        {
            var position = OrdinalWords.ParsePosition(tokens);
            if (position == int.MaxValue)
            {
                position = choices.Count;
            }

            if (position is >= 1 && position <= choices.Count)
            {
                var index = position.Value - 1;
                return new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f };
            }
        }

        var contained = BestUnambiguous(phrases.Select(p => (p, Score: ContainedScore(p, text))));
        if (contained is not null || !options.AllowPartialMatches)
        {
            return contained;
        }

        var significant = tokens.Where(t => !options.IgnoredWords.Contains(t)).ToArray();
        if (significant.Length == 0)
        {
            return null;
        }

        return BestUnambiguous(phrases.Select(p => (p, Score: WordScore(p, significant, options))));
    }

    /// <summary>
    /// A phrase found whole inside the reply ("I want to report a crime" holds "report a crime").
    /// </summary>
    private static float ContainedScore(ChoicePhrase phrase, string text)
        => $" {text} ".Contains($" {phrase.Normalized} ", StringComparison.Ordinal)
            ? 0.5f + (0.45f * phrase.Normalized.Length / text.Length)
            : 0f;

    /// <summary>
    /// How many of the phrase's words the reply has (allowing typos), and how much of the reply they explain.
    /// </summary>
    private static float WordScore(ChoicePhrase phrase, string[] replyWords, ChoiceRecognizerOptions options)
    {
        var phraseWords = phrase.Tokens.Where(t => !options.IgnoredWords.Contains(t)).ToArray();
        if (phraseWords.Length == 0)
        {
            phraseWords = phrase.Tokens;
        }

        bool Matches(string typed, string expected) => options.AllowTypos ? EditDistance.IsClose(typed, expected) : typed == expected;

        var phraseMatched = phraseWords.Count(p => replyWords.Any(r => Matches(r, p)));
        if (phraseMatched == 0)
        {
            return 0f;
        }

        var replyMatched = replyWords.Count(r => phraseWords.Any(p => Matches(r, p)));
        return (0.5f * phraseMatched / phraseWords.Length) + (0.4f * replyMatched / replyWords.Length);
    }

    private static FoundChoice? BestUnambiguous(IEnumerable<(ChoicePhrase Phrase, float Score)> scored)
    {
        var bestPerChoice = scored
            .Where(s => s.Score > 0f)
            .GroupBy(s => s.Phrase.Index)
            .Select(g => g.OrderByDescending(s => s.Score).First())
            .OrderByDescending(s => s.Score)
            .ToList();

        if (bestPerChoice.Count == 0)
        {
            return null;
        }

        if (bestPerChoice.Count > 1 && Math.Abs(bestPerChoice[0].Score - bestPerChoice[1].Score) < 0.001f)
        {
            return null;
        }

        return bestPerChoice[0].Phrase.Found(bestPerChoice[0].Score);
    }
}
