using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>Context phrases (same pattern syntax as rules) that decide whether a rule's match stands.</summary>
public sealed class CueListsDefinition : ISourceLine
{
    /// <summary>"right now", "still", "outside my door": the danger is current.</summary>
    public List<string> Present { get; set; } = [];

    /// <summary>"yesterday", "last week", "ago": clearly over, even for always-rules.</summary>
    public List<string> StrongPast { get; set; } = [];

    /// <summary>"was", "got", "had": past tense, overruled by a present cue.</summary>
    public List<string> WeakPast { get; set; } = [];

    /// <summary>"not", "nobody", "never": negates a match that starts within two words after it.</summary>
    public List<string> Negation { get; set; } = [];

    /// <summary>"not sure", "do not know if": a negation inside these is doubt, not denial.</summary>
    public List<string> Uncertain { get; set; } = [];

    /// <summary>"what if", "if someone", "in case": a question about a situation that is not happening.</summary>
    public List<string> Hypothetical { get; set; } = [];

    /// <summary>"in the news", "statistics", "how many": talk about others, elsewhere.</summary>
    public List<string> News { get; set; } = [];

    /// <summary>"lol", "only joking": the clause is not meant seriously.</summary>
    public List<string> Joking { get; set; } = [];

    /// <summary>"i am safe now", "he has gone": the danger is over.</summary>
    public List<string> Recovery { get; set; } = [];

    /// <summary>"queue is killing me", "could murder a": a figure of speech that covers a match.</summary>
    public List<string> Figurative { get; set; } = [];

    /// <summary>
    /// "an hour ago", "ten minutes ago": recent enough to count as now, unless the resident says it is over
    /// ("he punched me an hour ago, he has gone, i am safe"). May be empty.
    /// </summary>
    public List<string> Recent { get; set; } = [];

    /// <summary>
    /// Phrases that look like "it is over" but are not: "they have gone out" (and left the baby), "fire went out" is
    /// over but "parents went out" is not. A recovery phrase overlapped by one of these does not count. May be empty.
    /// </summary>
    public List<string> NotOver { get; set; } = [];

    public int SourceLine { get; set; }
}
