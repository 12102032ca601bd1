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

    public TextNormaliser(RoutingContent routing)
    {
        synonyms = routing.Synonyms.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value.ToLowerInvariant(), StringComparer.Ordinal);
        stopwords = routing.Stopwords.Select(s => s.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Tokens(string? text)
    {
        var result = new List<string>();
        foreach (var word in Words(text))
        {
            if (stopwords.Contains(word))
            {
                continue;
            }

            var canonical = synonyms.TryGetValue(word, out var mapped) ? mapped : word;
            result.Add(Stem(canonical));
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

    private string Stem(string word)
    {
        var stem = Stemmer.Stem(word);

        // A stemmed form may itself be a synonym key ("burglars" -> "burglar" -> "burglary").
        return synonyms.TryGetValue(stem, out var mapped) && mapped != word ? Stemmer.Stem(mapped) : stem;
    }
}
