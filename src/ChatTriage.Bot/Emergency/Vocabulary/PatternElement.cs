namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>One position of a compiled pattern: a word id, a set id, or a gap of up to <see cref="MaxGap"/> words.</summary>
internal readonly record struct PatternElement(PatternElementKind Kind, int Id)
{
    public const int MaxGap = 4;
}

internal enum PatternElementKind : byte
{
    Word,
    Set,
    Gap,
}
