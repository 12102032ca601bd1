namespace ChatTriage.Web.Hosting;

/// <summary>
/// Where the conversation content lives: <c>Content:DialogsFolder</c> when set, otherwise the first
/// <c>dialogs/</c> folder at or above the content root (the repository's in development, /app/dialogs in the image).
/// Every feature that reads content asks here, so they all read the same folder.
/// </summary>
public static class DialogsFolder
{
    public const string ConfigKey = "Content:DialogsFolder";

    public static string Locate(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[ConfigKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, contentRoot);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"{ConfigKey} is '{configured}', but there is no folder at {full}.");
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, "welcome.yaml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No dialogs/ folder (with welcome.yaml) at or above {contentRoot}. Set {ConfigKey} to the content folder.");
    }

    /// <summary>The located folder, registered once per app.</summary>
    public static string Get(WebApplicationBuilder builder) =>
        Locate(builder.Configuration, builder.Environment.ContentRootPath);
}
