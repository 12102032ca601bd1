using ChatTriage.Bot.Emergency;
using ChatTriage.Bot.Emergency.SecondOpinion;
using ChatTriage.Bot.Tests.Support;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>The real dialogs/emergency content, loaded once for all tests.</summary>
internal static class RepoContent
{
    private static readonly Lazy<EmergencyContent> Loaded = new(() => EmergencyContent.Load(DialogsFolder));

    private static readonly Lazy<EmergencyDetector> RulesLoaded = new(() =>
        EmergencyDetector.Load(Path.Combine(DialogsFolder, EmergencyContent.Folder, EmergencyContent.DetectorFile))
            .WithSecondOpinion(SecondOpinionModel.Train(ExampleFile.Load(Path.Combine(DialogsFolder, EmergencyContent.Folder, EmergencyContent.ExamplesFile)))));

    public static string Root => RepoPaths.Root;

    public static string DialogsFolder => RepoPaths.Dialogs;

    public static EmergencyContent Emergency => Loaded.Value;

    /// <summary>The rules and the second opinion without the classifier: for tests of what the rules read.</summary>
    public static EmergencyDetector Rules => RulesLoaded.Value;
}
