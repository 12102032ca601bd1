namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>One pattern matched at token positions [Start, End) of the clause starting at ClauseStart.</summary>
/// <param name="GapMask">Bit i set when token Start+i was skipped by a gap (a negation there negates the match).</param>
internal readonly record struct Hit(CueKind Kind, int RuleIndex, int Start, int End, int ClauseStart, ulong GapMask);
