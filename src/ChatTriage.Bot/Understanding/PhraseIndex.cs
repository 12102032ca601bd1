namespace ChatTriage.Bot.Understanding;

/// <summary>
/// Matches a message against phrases that each lead to a key. A phrase scores the summed rarity (IDF) of its
/// words found in the message; all words found scores in full, most words found scores less, a few scores nothing.
/// Typos are forgiven word by word through <see cref="TokenSimilarity"/>.
/// </summary>
public sealed class PhraseIndex<TKey>
    where TKey : notnull
{
    private const double PartialCoverage = 0.6;
    private const double PartialFactor = 0.6;

    private readonly TextNormaliser normaliser;
    private readonly List<(TKey Key, string Phrase, string[] Tokens)> phrases = [];
    private Dictionary<string, double> idf = new(StringComparer.Ordinal);

    public PhraseIndex(TextNormaliser normaliser)
    {
        this.normaliser = normaliser;
    }

    public int Count => phrases.Count;

    public PhraseIndex<TKey> Add(TKey key, IEnumerable<string> keyPhrases)
    {
        foreach (var phrase in keyPhrases)
        {
            var tokens = normaliser.Tokens(phrase).Distinct().ToArray();
            if (tokens.Length > 0)
            {
                phrases.Add((key, phrase, tokens));
            }
        }

        var documentFrequency = phrases.SelectMany(p => p.Tokens).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log(1 + (phrases.Count / (double)p.Value)), StringComparer.Ordinal);
        return this;
    }

    /// <summary>Every key that matched, best first, each with its best phrase.</summary>
    public IReadOnlyList<PhraseMatch<TKey>> Match(string? message)
    {
        var words = normaliser.Tokens(message);
        if (words.Count == 0)
        {
            return [];
        }

        var best = new Dictionary<TKey, PhraseMatch<TKey>>();
        var similarities = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, phrase, tokens) in phrases)
        {
            var score = Score(tokens, words, similarities);
            if (score > 0 && (!best.TryGetValue(key, out var current) || current.Score < score))
            {
                best[key] = new PhraseMatch<TKey>(key, score, phrase);
            }
        }

        return best.Values.OrderByDescending(m => m.Score).ToList();
    }

    private double Score(string[] tokens, IReadOnlyList<string> words, Dictionary<string, double> similarities)
    {
        double found = 0, total = 0;
        var allFound = true;
        foreach (var token in tokens)
        {
            var weight = idf[token];
            total += weight;
            if (!similarities.TryGetValue(token, out var similarity))
            {
                similarity = 0;
                for (var w = 0; w < words.Count; w++)
                {
                    similarity = Math.Max(similarity, TokenSimilarity.Of(token, words[w]));
                }

                similarities[token] = similarity;
            }

            if (similarity > 0)
            {
                found += weight * similarity;
            }
            else
            {
                allFound = false;
            }
        }

        if (allFound)
        {
            return found;
        }

        var coverage = found / total;
        return tokens.Length >= 2 && coverage >= PartialCoverage ? found * coverage * PartialFactor : 0;
    }
}
