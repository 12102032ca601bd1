namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>Why a rule's match was stood down.</summary>
internal enum Suppression
{
    Figurative,
    News,
    Joking,
    Hypothetical,
    Negated,
    Past,
    Over,
    NotNow,
}
