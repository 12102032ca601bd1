namespace ChatTriage.Bot.Content;

/// <summary>A content file under dialogs/ is invalid. The message names the file and line so a force can fix it.</summary>
public sealed class ContentException : Exception
{
    public ContentException(string path, int line, string problem, Exception? inner = null)
        : base($"{path}:{line}: {problem}", inner)
    {
        Path = path;
        Line = line;
        Problem = problem;
    }

    public string Path { get; }

    public int Line { get; }

    public string Problem { get; }
}
