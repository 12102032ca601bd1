using ChatTriage.Bot.Content;
using ChatTriage.Bot.Emergency.Classifier;
using ChatTriage.Bot.Emergency.SecondOpinion;
using ChatTriage.Bot.Emergency.Vocabulary;

namespace ChatTriage.Bot.Emergency;

/// <summary>
/// Everything under dialogs/emergency/: the 999 message and the compiled detector. Load once at start-up;
/// an invalid file throws <see cref="ContentException"/> with its path and line, which stops start-up.
/// </summary>
public sealed class EmergencyContent
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(SecondOpinionModel, EmergencyClassifier)>> Models = new(StringComparer.Ordinal);

    public const string MessageFile = "message.yaml";
    public const string DetectorFile = "detector.yaml";
    public const string ExamplesFile = "examples.tsv";
    public const string Folder = "emergency";

    public EmergencyContent(string messageText, string apologyLine, string cautionLine, EmergencyDetector detector, IReadOnlyList<string>? safeAgainWords = null)
    {
        MessageText = messageText;
        ApologyLine = apologyLine;
        CautionLine = cautionLine;
        Detector = detector;
        SafeAgain = new Understanding.WordList(safeAgainWords ?? []);
    }

    /// <summary>The 999 message (markdown with tel: links); its first line is "Call 999 now.".</summary>
    public string MessageText { get; }

    /// <summary>The line every apology or error message must carry, for the host's error handler.</summary>
    public string ApologyLine { get; }

    /// <summary>Said without the 999 alert when the detector itself failed on a message.</summary>
    public string CautionLine { get; }

    public EmergencyDetector Detector { get; }

    /// <summary>Recognises a message after the 999 message that only says the resident is safe or it was a mistake.</summary>
    public Understanding.WordList SafeAgain { get; }

    /// <summary>Loads dialogs/emergency/ from the dialogs folder (the folder that holds "emergency").</summary>
    public static EmergencyContent Load(string dialogsFolder)
    {
        var folder = Path.Combine(dialogsFolder, Folder);
        var messagePath = Path.Combine(folder, MessageFile);
        var message = YamlContent.Load<EmergencyMessageDefinition>(messagePath);
        Require(message.Text, messagePath, message.SourceLine, "text");
        Require(message.ApologyLine, messagePath, message.SourceLine, "apology_line");
        Require(message.CautionLine, messagePath, message.SourceLine, "caution_line");
        if (!message.ApologyLine.Contains("999", StringComparison.Ordinal) || !message.CautionLine.Contains("999", StringComparison.Ordinal))
        {
            throw new ContentException(messagePath, message.SourceLine, "apology_line and caution_line must both mention 999");
        }

        if (message.SafeAgainWords.Count == 0 || message.SafeAgainWords.Exists(string.IsNullOrWhiteSpace))
        {
            throw new ContentException(messagePath, message.SourceLine, "'safe_again_words' must list the words that let a resident carry on after the 999 message, none empty");
        }

        var text = message.Text.Trim();
        if (!text.StartsWith("Call 999", StringComparison.OrdinalIgnoreCase))
        {
            throw new ContentException(messagePath, message.SourceLine, "text must start by telling the resident to call 999");
        }

        var detector = EmergencyDetector.Load(Path.Combine(folder, DetectorFile));
        var examplesPath = Path.Combine(folder, ExamplesFile);
        if (File.Exists(examplesPath))
        {
            var (secondOpinion, classifier) = TrainedModels(examplesPath);
            detector = detector.WithSecondOpinion(secondOpinion).WithClassifier(classifier);
        }

        return new EmergencyContent(text, message.ApologyLine.Trim(), message.CautionLine.Trim(), detector, message.SafeAgainWords);
    }

    /// <summary>
    /// The models learnt from the examples file, trained once per process for each version of the file (training the
    /// classifier on 6,500 rows takes about 1.5 s; a test run starts many hosts). A changed file is trained again.
    /// </summary>
    private static (SecondOpinionModel, EmergencyClassifier) TrainedModels(string examplesPath)
    {
        var file = new FileInfo(examplesPath);
        var key = $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}";
        return Models.GetOrAdd(key, _ => new Lazy<(SecondOpinionModel, EmergencyClassifier)>(() =>
        {
            var examples = ExampleFile.Load(examplesPath);
            return (SecondOpinionModel.Train(examples), EmergencyClassifier.Train(examples));
        })).Value;
    }

    private static void Require(string? value, string path, int line, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ContentException(path, line, $"'{key}' is missing or empty");
        }
    }
}
