using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>One detection rule: phrase patterns that, in the present, mean someone must call 999.</summary>
public sealed class RuleDefinition : ISourceLine
{
    public string Id { get; set; } = "";

    /// <summary>For example violence, intruder, medical, self-harm, threat, crime-in-progress, explicit.</summary>
    public string Category { get; set; } = "";

    public RuleStrength Strength { get; set; } = RuleStrength.Present;

    /// <summary>A short reason shown in logs and tests, never the resident's words.</summary>
    public string Explain { get; set; } = "";

    /// <summary>Words separated by spaces; <c>{set}</c> is any word of a set, <c>word?</c> is optional, <c>~</c> skips up to four words.</summary>
    public List<string> Patterns { get; set; } = [];

    public int SourceLine { get; set; }
}
