using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>A named list of single words that patterns refer to as <c>{id}</c> (dialogs/emergency/detector.yaml).</summary>
public sealed class WordSetDefinition : ISourceLine
{
    public string Id { get; set; } = "";

    public List<string> Words { get; set; } = [];

    public int SourceLine { get; set; }
}
