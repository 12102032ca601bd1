using ChatTriage.Bot.Emergency;
using ChatTriage.Bot.Tests.Support;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>The real dialogs/emergency content, loaded once for all tests.</summary>
internal static class RepoContent
{
    private static readonly Lazy<EmergencyContent> Loaded = new(() => EmergencyContent.Load(DialogsFolder));

    public static string Root => RepoPaths.Root;

    public static string DialogsFolder => RepoPaths.Dialogs;

    public static EmergencyContent Emergency => Loaded.Value;
}
