using System.Text;
using ChatTriage.Bot.Content.Model;

namespace ChatTriage.Bot.Understanding;

/// <summary>
/// Turns a message or a content phrase into comparable words: lower case, no punctuation, stop words dropped,
/// everyday synonyms replaced (from dialogs/routing.yaml), endings trimmed.
/// </summary>
public sealed class TextNormaliser
{
    private readonly Dictionary<string, string> synonyms;
    private readonly HashSet<string> stopwords;
    private readonly string[] synonymKeys;

    public TextNormaliser(RoutingContent routing)
    {
        synonyms = routing.Synonyms.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value.ToLowerInvariant(), StringComparer.Ordinal);
        synonymKeys = synonyms.Keys.Order(StringComparer.Ordinal).ToArray();
        stopwords = routing.Stopwords.Select(s => s.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Words beyond this many are not read: routing needs the gist, and a pasted essay must stay cheap.</summary>
    public const int MaxWords = 80;

    public IReadOnlyList<string> Tokens(string? text)
    {
        var result = new List<string>();
        foreach (var word in Words(text).Take(MaxWords))
        {
            if (stopwords.Contains(word))
            {
                continue;
            }

            result.Add(Stem(Canonical(word)));
        }

        return result;
    }

    /// <summary>Lower-case words with punctuation removed and "'s" dropped; no stop words or synonyms applied.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Replace('\u2019', '\'').Replace("n't", " not", StringComparison.Ordinal).Replace("'s ", " ", StringComparison.Ordinal))
        {
            cleaned.Append(char.IsAsciiLetterOrDigit(c) ? c : c == '\'' ? '\0' : ' ');
        }

        return cleaned.ToString().Replace("\0", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // A typo in an everyday word ("nosiy", "vandalsed") still finds its synonym: a swap of neighbours, or one letter
    // missing or extra in longer words. A changed letter does not count: real words sit one letter apart
    // ("house"/"mouse", "drove"/"drive", "punched"/"pinched").
    private string Canonical(string word)
    {
        if (synonyms.TryGetValue(word, out var mapped))
        {
            return mapped;
        }

        if (word.Length >= 5 && word.All(char.IsAsciiLetter))
        {
            foreach (var key in synonymKeys)
            {
                if (key.Length >= 5 && (IsSwap(word, key) || (word.Length > 5 && word.Length != key.Length && TokenSimilarity.Distance(word, key, 1) <= 1)))
                {
                    return synonyms[key];
                }
            }
        }

        return word;
    }

    private static bool IsSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]];
    }

    private string Stem(string word)
    {
        var stem = Stemmer.Stem(word);

        // A stemmed form may itself be a synonym key ("burglars" -> "burglar" -> "burglary").
        return synonyms.TryGetValue(stem, out var mapped) && mapped != word ? Stemmer.Stem(mapped) : stem;
    }
}
