namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>A pattern with its optional words expanded away, and what it stands for.</summary>
internal sealed record CompiledPattern(PatternElement[] Elements, CueKind Kind, int RuleIndex);
