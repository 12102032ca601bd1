namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// Polynomial hashes of a word and of every one-letter deletion of it, computed together in O(length) with no
/// allocation, so the typo index can ask its <see cref="WordFilter"/> before paying for a dictionary lookup.
/// </summary>
internal static class DeletionHashes
{
    public const int MaxLength = 32;
    private const ulong Base = 1_000_003;
    private static readonly ulong[] Powers = MakePowers();

    /// <summary>The hash of <paramref name="word"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        ulong h = 0;
        foreach (var c in word)
        {
            h = unchecked((h * Base) + c + 1);
        }

        return h;
    }

    /// <summary>Writes the hash of the word without letter i into <paramref name="deleted"/>[i]; returns the word's own hash.</summary>
    public static ulong Compute(ReadOnlySpan<char> word, Span<ulong> deleted)
    {
        var n = word.Length;
        Span<ulong> prefix = stackalloc ulong[MaxLength + 1];
        prefix[0] = 0;
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = unchecked((prefix[i] * Base) + word[i] + 1);
        }

        ulong suffix = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            // hash(word[..i] + word[(i+1)..]) = prefix(i) * Base^(n-1-i) + hash(word[(i+1)..]).
            deleted[i] = unchecked((prefix[i] * Powers[n - 1 - i]) + suffix);
            suffix = unchecked(((word[i] + 1UL) * Powers[n - 1 - i]) + suffix);
        }

        return prefix[n];
    }

    private static ulong[] MakePowers()
    {
        var powers = new ulong[MaxLength + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = unchecked(powers[i - 1] * Base);
        }

        return powers;
    }
}
