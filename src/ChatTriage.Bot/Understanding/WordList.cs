using System.Text.RegularExpressions;

namespace ChatTriage.Bot.Understanding;

/// <summary>
/// Recognises command words such as "help", "start over" or "talk to a person". A one-word entry must be the
/// whole message ("help", not "I need help with noise"); an entry of several words may appear anywhere in it.
/// </summary>
public sealed class WordList
{
    private readonly HashSet<string> whole;
    private readonly List<string> within;

    public WordList(IEnumerable<string> entries)
    {
        var normalised = entries.Select(Normalise).Where(e => e.Length > 0).ToList();
        whole = normalised.ToHashSet(StringComparer.Ordinal);
        within = normalised.Where(e => e.Contains(' ', StringComparison.Ordinal)).ToList();
    }

    public bool Matches(string? message)
    {
        var text = Normalise(message);
        if (text.Length == 0)
        {
            return false;
        }

        return whole.Contains(text) || within.Any(e => $" {text} ".Contains($" {e} ", StringComparison.Ordinal));
    }

    /// <summary>True when the whole message is one of the entries ("good morning", not "good morning, my bike...").</summary>
    public bool IsWholeMessage(string? message) => whole.Contains(Normalise(message));

    private static string Normalise(string? text) =>
        text is null ? string.Empty : Regex.Replace(text.ToLowerInvariant().Replace('\u2019', '\''), "[^a-z0-9'/ ]+", " ").Trim() is var t
            ? Regex.Replace(t, " +", " ") : string.Empty;
}
