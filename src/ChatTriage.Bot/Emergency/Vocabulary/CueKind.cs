namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>What a compiled pattern stands for: a rule, or one of the context cues.</summary>
internal enum CueKind : byte
{
    Rule,
    Present,
    StrongPast,
    WeakPast,
    Negation,
    Uncertain,
    Hypothetical,
    News,
    Joking,
    Recovery,
    Figurative,
    Recent,
    NotOver,
}
