using System.Buffers;

namespace ChatTriage.Bot.Emergency.Classifier;

/// <summary>
/// Turns a message into hashed features for <see cref="EmergencyClassifier"/>, in two blocks: words (lower-case runs of
/// letters and digits, two or more long, alone and in neighbouring pairs) and letter groups (2 to 5 characters of each
/// space-padded word, so "stabbin", "knif" and "mum's" still share features with the words they misspell).
/// Each block is weighted TF-IDF (1 + ln count, times the word's rarity) and scaled to length 1.
/// </summary>
internal static class TextFeatures
{
    public const int Bits = 20;
    public const int Size = 1 << Bits;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong WordSeed = 0x57;
    private const ulong PairSeed = 0x50;
    private const ulong CharSeed = 0x43;
    private const int MaxPadded = 66;

    /// <summary>The words' and the letter groups' buckets, unsorted, with repeats (one per occurrence).</summary>
    public static (int[] Words, int WordCount, int[] Chars, int CharCount) Buckets(ReadOnlySpan<char> text)
    {
        var words = ArrayPool<int>.Shared.Rent((text.Length * 2) + 4);
        var chars = ArrayPool<int>.Shared.Rent((text.Length * 12) + 16);
        var wordCount = 0;
        var charCount = 0;
        ulong previous = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (inWord)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start >= 2)
            {
                var hash = Hash(WordSeed, text[start..i]);
                words[wordCount++] = Bucket(hash);
                if (previous != 0)
                {
                    words[wordCount++] = Bucket(Mix(PairSeed ^ previous, hash));
                }

                previous = hash;
            }

            start = -1;
        }

        Span<char> padded = stackalloc char[MaxPadded];
        start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!space)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                charCount = LetterGroups(text[start..i], padded, chars, charCount);
            }

            start = -1;
        }

        return (words, wordCount, chars, charCount);
    }

    /// <summary>Sorts the buckets and turns repeats into counts, in place; returns how many distinct buckets.</summary>
    public static int Count(Span<int> buckets, Span<int> counts)
    {
        buckets.Sort();
        var distinct = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            if (distinct > 0 && buckets[distinct - 1] == buckets[i])
            {
                counts[distinct - 1]++;
                continue;
            }

            buckets[distinct] = buckets[i];
            counts[distinct++] = 1;
        }

        return distinct;
    }

    private static int LetterGroups(ReadOnlySpan<char> word, Span<char> padded, int[] into, int count)
    {
        // " word " lower-cased (a very long "word", a link say, is cut), read as every 2..5 letter group: from each
        // start, the hash grows one letter at a time, so each group costs one step.
        var length = Math.Min(word.Length, MaxPadded - 2) + 2;
        padded[0] = ' ';
        for (var k = 1; k < length - 1; k++)
        {
            padded[k] = Lower(word[k - 1]);
        }

        padded[length - 1] = ' ';
        for (var i = 0; i < length - 1; i++)
        {
            var hash = Offset ^ CharSeed;
            var end = Math.Min(length, i + 5);
            for (var k = i; k < end; k++)
            {
                hash = (hash ^ padded[k]) * Prime;
                if (k > i)
                {
                    into[count++] = Bucket(hash);
                }
            }
        }

        return count;
    }

    private static ulong Hash(ulong seed, ReadOnlySpan<char> word)
    {
        var hash = Offset ^ seed;
        foreach (var c in word)
        {
            hash = (hash ^ Lower(c)) * Prime;
        }

        return hash;
    }

    private static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static ulong Mix(ulong a, ulong b) => ((a * Prime) ^ b) * Prime;

    // One multiply by the golden ratio spreads FNV's bits into the top ones, which pick the bucket.
    private static int Bucket(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
}
