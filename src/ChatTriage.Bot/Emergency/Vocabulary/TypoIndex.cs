namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// Finds the key word a misspelt word stands for: Damerau-Levenshtein distance at most 1, same first letter,
/// both at least <see cref="MinLength"/> letters. Uses single-deletion variants (as in SymSpell), so a lookup
/// costs a few hash probes instead of a scan of the vocabulary.
/// </summary>
internal sealed class TypoIndex
{
    public const int MinLength = 5;
    private const int MaxLength = 24;

    private readonly string[] wordText;
    private readonly bool[] isKeyword;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> deletions;

    public TypoIndex(Dictionary<string, int> words, string[] wordText, bool[] isKeyword)
    {
        this.wordText = wordText;
        this.isKeyword = isKeyword;
        this.words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var variants = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < wordText.Length; id++)
        {
            if (!isKeyword[id])
            {
                continue;
            }

            var word = wordText[id];
            for (var i = 0; i < word.Length; i++)
            {
                var variant = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
                if (!variants.TryGetValue(variant, out var ids))
                {
                    variants[variant] = ids = [];
                }

                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        deletions = variants.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The id of the key word <paramref name="token"/> is a misspelling of, or -1.</summary>
    public int Find(ReadOnlySpan<char> token)
    {
        if (token.Length < MinLength || token.Length > MaxLength)
        {
            return CompiledVocabulary.Unknown;
        }

        // The token is a key word with one letter missing.
        if (deletions.TryGetValue(token, out var missing) && Verify(token, missing) is var found && found >= 0)
        {
            return found;
        }

        Span<char> shorter = stackalloc char[MaxLength];
        for (var i = 0; i < token.Length; i++)
        {
            token[..i].CopyTo(shorter);
            token[(i + 1)..].CopyTo(shorter[i..]);
            var variant = shorter[..(token.Length - 1)];

            // The token is a key word with one letter added.
            if (words.TryGetValue(variant, out var id) && isKeyword[id] && Verify(token, id))
            {
                return id;
            }

            // One letter changed, or two swapped.
            if (deletions.TryGetValue(variant, out var changed) && Verify(token, changed) is var match && match >= 0)
            {
                return match;
            }
        }

        return CompiledVocabulary.Unknown;
    }

    private int Verify(ReadOnlySpan<char> token, int[] ids)
    {
        foreach (var id in ids)
        {
            if (Verify(token, id))
            {
                return id;
            }
        }

        return CompiledVocabulary.Unknown;
    }

    private bool Verify(ReadOnlySpan<char> token, int id)
    {
        var word = wordText[id];
        return word[0] == token[0] && WithinOneEdit(token, word);
    }

    /// <summary>Damerau-Levenshtein (optimal string alignment) distance at most 1, without allocating.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            // One substitution, or one swap of neighbours.
            if (a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..]))
            {
                return true;
            }

            return prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix] && a[(prefix + 2)..].SequenceEqual(b[(prefix + 2)..]);
        }

        return a.Length > b.Length ? a[(prefix + 1)..].SequenceEqual(b[prefix..]) : a[prefix..].SequenceEqual(b[(prefix + 1)..]);
    }
}
