namespace ChatTriage.Benchmarks;

/// <summary>Finds the repository's dialogs/ folder from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class BenchmarkPaths
{
    public static string Dialogs()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatTriage.sln")))
                {
                    return Path.Combine(dir.FullName, "dialogs");
                }
            }
        }

        throw new InvalidOperationException("ChatTriage.sln not found above the benchmark or the working directory.");
    }
}
