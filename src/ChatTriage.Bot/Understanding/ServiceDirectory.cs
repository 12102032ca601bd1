using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;

namespace ChatTriage.Bot.Understanding;

/// <summary>Finds the step-1 directory entry (a non-police matter) that a message is about.</summary>
public sealed class ServiceDirectory
{
    private const double MinimumScore = 0.5;

    private readonly PhraseIndex<ServiceEntry> index;

    public ServiceDirectory(TriageContent content, TextNormaliser normaliser)
    {
        index = new PhraseIndex<ServiceEntry>(normaliser);
        foreach (var entry in content.RightService.Entries)
        {
            index.Add(entry, entry.Phrases.Append(entry.Name));
        }
    }

    /// <summary>The best entry for the message, or null when none fits.</summary>
    public ServiceEntry? Find(string? message)
    {
        var matches = index.Match(message);
        return matches.Count > 0 && matches[0].Score >= MinimumScore ? matches[0].Key : null;
    }
}
