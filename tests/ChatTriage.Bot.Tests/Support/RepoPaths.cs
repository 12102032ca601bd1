namespace ChatTriage.Bot.Tests.Support;

/// <summary>Finds the repository root (the folder holding ChatTriage.sln) from the test's working folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

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
