using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>The shape of dialogs/emergency/detector.yaml: the detector's vocabulary, which a force can tune.</summary>
public sealed class DetectorVocabularyDefinition : ISourceLine
{
    /// <summary>Text-speak and contractions written without an apostrophe, to one or more words ("u": "you", "rn": "right now").</summary>
    public Dictionary<string, string> TokenMap { get; set; } = [];

    /// <summary>Real words that are never treated as misspellings of a key word ("shout" is not "shoot").</summary>
    public List<string> NotTypos { get; set; } = [];

    /// <summary>Words that end a clause ("but", "however").</summary>
    public List<string> ClauseBreaks { get; set; } = [];

    /// <summary>Words ("and", "so") that end a clause when a subject word follows them.</summary>
    public List<string> ClauseJoiners { get; set; } = [];

    /// <summary>Subject words ("he", "there", "now") that start a new clause after a joiner.</summary>
    public List<string> ClauseSubjects { get; set; } = [];

    public List<WordSetDefinition> WordSets { get; set; } = [];

    public CueListsDefinition Cues { get; set; } = new();

    public List<RuleDefinition> Rules { get; set; } = [];

    public int SourceLine { get; set; }
}
