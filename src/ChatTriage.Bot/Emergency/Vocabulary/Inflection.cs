namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// Reads an unknown inflected word as a known base form, so the vocabulary need not list every inflection:
/// "stabs" → "stab", "choked" → "choke", "stabbing" → "stab", "punches" → "punch". Only words the vocabulary knows
/// are returned; anything else is left to the typo index.
/// </summary>
internal static class Inflection
{
    private const int MaxWord = 32;

    /// <summary>The id of the known base form of <paramref name="word"/>, or -1.</summary>
    public static int Find(CompiledVocabulary vocabulary, ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > MaxWord)
        {
            return CompiledVocabulary.Unknown;
        }

        if (word.EndsWith("ing") && word.Length >= 6)
        {
            return Stem(vocabulary, word[..^3]);
        }

        if (word.EndsWith("ed") && word.Length >= 5)
        {
            return Stem(vocabulary, word[..^2]);
        }

        if (word.EndsWith("es") && Known(vocabulary, word[..^2]) is var es && es >= 0)
        {
            return es;
        }

        return word[^1] == 's' && word[^2] != 's' ? Known(vocabulary, word[..^1]) : CompiledVocabulary.Unknown;
    }

    /// <summary>"stabb" → "stab", "chok" → "choke", "kick" → "kick".</summary>
    private static int Stem(CompiledVocabulary vocabulary, ReadOnlySpan<char> stem)
    {
        if (Known(vocabulary, stem) is var id && id >= 0)
        {
            return id;
        }

        if (stem.Length >= 3 && stem[^1] == stem[^2] && Known(vocabulary, stem[..^1]) is var single && single >= 0)
        {
            return single;
        }

        Span<char> withE = stackalloc char[MaxWord + 1];
        stem.CopyTo(withE);
        withE[stem.Length] = 'e';
        return Known(vocabulary, withE[..(stem.Length + 1)]);
    }

    private static int Known(CompiledVocabulary vocabulary, ReadOnlySpan<char> word) =>
        vocabulary.Words.TryGetValue(word, out var id) && !vocabulary.IsBreak[id] && vocabulary.Expansions[id] is null
            ? id
            : CompiledVocabulary.Unknown;
}
