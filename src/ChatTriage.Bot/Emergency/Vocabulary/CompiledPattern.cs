namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// A pattern with its optional words expanded away, and what it stands for. <paramref name="RequiredSets"/> (one bit
/// per word set) and <paramref name="RequiredWords"/> (a 64-bit Bloom filter of literal word ids) let the matcher skip
/// a pattern at once when its clause lacks a word the pattern needs.
/// </summary>
internal sealed record CompiledPattern(PatternElement[] Elements, CueKind Kind, int RuleIndex, ulong[] RequiredSets, ulong RequiredWords)
{
    public static ulong WordBit(int wordId) => 1UL << (wordId & 63);

    public static CompiledPattern Create(PatternElement[] elements, CueKind kind, int ruleIndex, int stride)
    {
        var sets = new ulong[stride];
        ulong words = 0;
        foreach (var element in elements)
        {
            if (element.Kind == PatternElementKind.Set)
            {
                sets[element.Id >> 6] |= 1UL << (element.Id & 63);
            }
            else if (element.Kind == PatternElementKind.Word)
            {
                words |= WordBit(element.Id);
            }
        }

        return new CompiledPattern(elements, kind, ruleIndex, sets, words);
    }

    /// <summary>False when the clause surely lacks a word this pattern needs.</summary>
    public bool MayMatch(ReadOnlySpan<ulong> clauseSets, ulong clauseWords)
    {
        if ((clauseWords & RequiredWords) != RequiredWords)
        {
            return false;
        }

        for (var i = 0; i < RequiredSets.Length; i++)
        {
            if ((clauseSets[i] & RequiredSets[i]) != RequiredSets[i])
            {
                return false;
            }
        }

        return true;
    }
}
