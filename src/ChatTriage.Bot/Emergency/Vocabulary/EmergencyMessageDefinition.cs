using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>The shape of dialogs/emergency/message.yaml: the words of the 999 message.</summary>
public sealed class EmergencyMessageDefinition : ISourceLine
{
    /// <summary>The 999 message (markdown, with tel: links). Its first line must be the instruction to call 999.</summary>
    public string Text { get; set; } = "";

    /// <summary>One line that every apology or error message carries.</summary>
    public string ApologyLine { get; set; } = "";

    /// <summary>Said (without the emergency flag) when the detector itself failed on a message.</summary>
    public string CautionLine { get; set; } = "";

    /// <summary>What a resident says after the 999 message to carry on where they were ("I'm safe", "it was a mistake").</summary>
    public List<string> SafeAgainWords { get; set; } = [];

    public int SourceLine { get; set; }
}
