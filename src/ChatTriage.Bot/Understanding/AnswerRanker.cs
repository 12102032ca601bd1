using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;

namespace ChatTriage.Bot.Understanding;

/// <summary>
/// Ranks the step-2 answers for a question with BM25 over each answer's question, keywords (counted twice) and
/// synonyms. Query words also match close spellings, weighted by how close.
/// </summary>
public sealed class AnswerRanker
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double MinimumScore = 1.0;

    private readonly TextNormaliser normaliser;
    private readonly List<(OnlineAnswer Answer, Dictionary<string, int> Terms, int Length)> documents = [];
    private readonly Dictionary<string, double> idf = new(StringComparer.Ordinal);
    private readonly double averageLength;

    public AnswerRanker(TriageContent content, TextNormaliser normaliser)
    {
        this.normaliser = normaliser;
        foreach (var answer in content.OnlineAnswers.Answers)
        {
            var tokens = normaliser.Tokens(answer.Question)
                .Concat(answer.Keywords.SelectMany(normaliser.Tokens))
                .Concat(answer.Keywords.SelectMany(normaliser.Tokens))
                .Concat(answer.Synonyms.SelectMany(normaliser.Tokens))
                .ToList();
            documents.Add((answer, tokens.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), tokens.Count));
        }

        averageLength = documents.Count == 0 ? 1 : documents.Average(d => d.Length);
        var n = documents.Count;
        foreach (var term in documents.SelectMany(d => d.Terms.Keys).Distinct())
        {
            var df = documents.Count(d => d.Terms.ContainsKey(term));
            idf[term] = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
        }
    }

    /// <summary>Answers that fit the question, best first; empty when none fits well enough.</summary>
    public IReadOnlyList<OnlineAnswer> Rank(string? question)
    {
        var query = normaliser.Tokens(question).Distinct().ToList();
        if (query.Count == 0)
        {
            return [];
        }

        return documents
            .Select(d => (d.Answer, Score: Score(query, d.Terms, d.Length)))
            .Where(r => r.Score >= MinimumScore)
            .OrderByDescending(r => r.Score)
            .Select(r => r.Answer)
            .ToList();
    }

    private double Score(List<string> query, Dictionary<string, int> terms, int length)
    {
        var score = 0.0;
        foreach (var q in query)
        {
            // The closest term in this answer stands for the query word (exact beats a typo match).
            var best = 0.0;
            foreach (var (term, tf) in terms)
            {
                var similarity = TokenSimilarity.Of(q, term);
                if (similarity > 0)
                {
                    var weight = idf[term] * (tf * (K1 + 1)) / (tf + (K1 * (1 - B + (B * length / averageLength))));
                    best = Math.Max(best, similarity * weight);
                }
            }

            score += best;
        }

        return score;
    }
}
