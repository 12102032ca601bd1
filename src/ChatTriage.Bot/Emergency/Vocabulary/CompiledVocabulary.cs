namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// The detector's vocabulary compiled once: words interned to ids, set membership as bit rows, patterns indexed
/// by the words they can start with, and a typo index. Read-only after construction, so one instance serves all turns.
/// </summary>
internal sealed class CompiledVocabulary
{
    public const int Unknown = -1;
    public const int Break = -2;

    private readonly ulong[] setBits;
    private readonly int stride;

    public CompiledVocabulary(
        Dictionary<string, int> words,
        string[] wordText,
        ulong[] setBits,
        int stride,
        int[]?[] expansions,
        bool[] isBreak,
        bool[] isJoiner,
        bool[] isSubject,
        CompiledPattern[] patterns,
        int[][] candidates,
        CompiledRule[] rules,
        TypoIndex typos,
        int willId,
        int wouldId,
        int areId)
    {
        Words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        WordText = wordText;
        this.setBits = setBits;
        this.stride = stride;
        Expansions = expansions;
        IsBreak = isBreak;
        IsJoiner = isJoiner;
        IsSubject = isSubject;
        Patterns = patterns;
        Candidates = candidates;
        Rules = rules;
        Typos = typos;
        WillId = willId;
        WouldId = wouldId;
        AreId = areId;
    }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    public string[] WordText { get; }

    public int[]?[] Expansions { get; }

    public bool[] IsBreak { get; }

    public bool[] IsJoiner { get; }

    public bool[] IsSubject { get; }

    public CompiledPattern[] Patterns { get; }

    public int[][] Candidates { get; }

    public CompiledRule[] Rules { get; }

    public TypoIndex Typos { get; }

    public int WillId { get; }

    public int WouldId { get; }

    public int AreId { get; }

    public int Stride => stride;

    /// <summary>The word's set-membership row: bit s is set when the word belongs to word set s.</summary>
    public ReadOnlySpan<ulong> SetRow(int wordId) => setBits.AsSpan(wordId * stride, stride);

    public bool Accepts(PatternElement element, int wordId) => element.Kind switch
    {
        PatternElementKind.Word => element.Id == wordId,
        PatternElementKind.Set => (setBits[(wordId * stride) + (element.Id >> 6)] & (1UL << (element.Id & 63))) != 0,
        _ => true,
    };
}
