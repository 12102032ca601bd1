namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// One pattern matched at token positions [Start, End) of the clause [ClauseStart, ClauseEnd).
/// Bit i of GapMask is set when token Start+i was skipped by a gap (a negation there negates the match).
/// </summary>
internal readonly record struct Hit(CueKind Kind, int RuleIndex, int Start, int End, int ClauseStart, int ClauseEnd, ulong GapMask);
