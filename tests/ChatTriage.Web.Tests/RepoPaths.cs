namespace ChatTriage.Web.Tests;

/// <summary>The repository's folders, found by walking up from the test assembly to ChatTriage.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatTriage.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (ChatTriage.sln) was not found above " + AppContext.BaseDirectory);
    }
}
