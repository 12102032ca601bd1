namespace ChatTriage.Bot.Emergency.SecondOpinion;

/// <summary>
/// Turns a message into hashed word features for the second opinion: lower-case words (apostrophes dropped),
/// crude base forms ("kicking" → "kick", "walked" → "walk", "knives" → "knive"), each word alone and each pair of
/// neighbouring words in the same clause. Its own reader, not the detector's: the detector drops words its lexicon
/// lacks, and those unknown words ("throat", "sea") are exactly what the second opinion must weigh.
/// Allocation-free: features are 64-bit FNV-1a hashes.
/// </summary>
internal static class FeatureReader
{
    private const int MaxWord = 24;
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Calls <paramref name="visit"/> for each feature hash in order; a pair's hash mixes both words.</summary>
    public static void Read<TVisitor>(ReadOnlySpan<char> text, ref TVisitor visit)
        where TVisitor : struct, IFeatureVisitor
    {
        Span<char> word = stackalloc char[MaxWord];
        var length = 0;
        ulong previous = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '.';
            if (char.IsLetterOrDigit(c))
            {
                if (length < MaxWord)
                {
                    word[length++] = char.ToLowerInvariant(c);
                }

                continue;
            }

            if (c is '\'' or '\u2019' or '\u2018' && length > 0)
            {
                continue;
            }

            if (length > 0)
            {
                var stem = Stem(word[..length]);
                var hash = Hash(stem);
                visit.Visit(stem, hash, previous == 0 ? 0 : Pair(previous, hash));
                previous = hash;
                length = 0;
            }

            if (c is '.' or '!' or '?' or ';' or ',' or ':' or '\n' or '\r' or '(' or ')' or '"')
            {
                previous = 0;
            }
        }
    }

    /// <summary>The word's crude base form, shared by training and scoring so they agree.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length >= 6 && word.EndsWith("ing"))
        {
            word = word[..^3];
        }
        else if (word.Length >= 5 && word.EndsWith("ed"))
        {
            word = word[..^2];
        }
        else if (word.Length >= 4 && word[^1] == 's' && word[^2] != 's')
        {
            return word[..^1];
        }
        else
        {
            return word;
        }

        // "stabb" → "stab", "chok" stays: doubled final letters after a cut suffix are folded.
        return word.Length >= 3 && word[^1] == word[^2] ? word[..^1] : word;
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = Offset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash == 0 ? 1 : hash;
    }

    private static ulong Pair(ulong first, ulong second)
    {
        var hash = (first ^ 0x9E3779B97F4A7C15UL) * Prime;
        hash = (hash ^ second) * Prime;
        return hash == 0 ? 1 : hash;
    }
}
