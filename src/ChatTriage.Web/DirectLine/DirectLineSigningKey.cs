using System.Security.Cryptography;
using System.Text;

namespace ChatTriage.Web.DirectLine;

/// <summary>
/// Finds the token signing key: configured (production, and required when several instances share conversations),
/// else generated once and kept in a file so tokens survive a restart of a single instance.
/// </summary>
public static class DirectLineSigningKey
{
    private const int MinimumLength = 32;

    public static byte[] Resolve(DirectLineOptions options, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.TokenSigningKey))
        {
            if (options.TokenSigningKey.Length < MinimumLength)
            {
                throw new InvalidOperationException($"DirectLine:TokenSigningKey must be at least {MinimumLength} characters.");
            }

            return Encoding.UTF8.GetBytes(options.TokenSigningKey);
        }

        // Relative to the working directory, like the SQLite data file (./data/ by default).
        var path = Path.GetFullPath(options.SigningKeyFile);
        if (File.Exists(path))
        {
            var saved = File.ReadAllText(path).Trim();
            if (saved.Length >= MinimumLength)
            {
                return Encoding.UTF8.GetBytes(saved);
            }
        }

        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, generated);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        logger.LogWarning("No DirectLine:TokenSigningKey configured: generated one in {Path}. Configure the same key on every instance in production.", path);
        return Encoding.UTF8.GetBytes(generated);
    }
}
