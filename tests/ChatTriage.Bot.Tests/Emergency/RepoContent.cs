using ChatTriage.Bot.Emergency;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>The real dialogs/emergency content, found by walking up to ChatTriage.sln, loaded once for all tests.</summary>
internal static class RepoContent
{
    private static readonly Lazy<EmergencyContent> Loaded = new(() => EmergencyContent.Load(DialogsFolder));

    public static string Root { get; } = FindRoot();

    public static string DialogsFolder => Path.Combine(Root, "dialogs");

    public static EmergencyContent Emergency => Loaded.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatTriage.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChatTriage.sln not found above " + AppContext.BaseDirectory);
    }
}
