namespace ChatTriage.LoadHarness.Hosting;

/// <summary>Finds the repository root (the folder holding ChatTriage.sln) from the harness binary or the working directory.</summary>
public static class RepoLocator
{
    public static string? FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatTriage.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
