using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;

namespace ChatTriage.Bot.Understanding;

/// <summary>Finds the crime type a message describes ("my shed was broken into" → burglary).</summary>
public sealed class CrimeTypeMatcher
{
    private const double MinimumScore = 0.5;

    private readonly PhraseIndex<CrimeType> index;

    public CrimeTypeMatcher(TriageContent content, TextNormaliser normaliser)
    {
        index = new PhraseIndex<CrimeType>(normaliser);
        foreach (var type in content.CrimeReport.Types)
        {
            index.Add(type, type.Phrases.Append(type.Label));
        }
    }

    public CrimeType? Find(string? message)
    {
        var matches = index.Match(message);
        return matches.Count > 0 && matches[0].Score >= MinimumScore ? matches[0].Key : null;
    }
}
