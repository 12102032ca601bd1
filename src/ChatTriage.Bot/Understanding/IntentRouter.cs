using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Understanding;

/// <summary>
/// Sends a resident's free text to one of the routes in dialogs/routing.yaml. The service directory, the online
/// answers' keywords and the crime types add their phrases to their steps, so "noise next door" finds step 1 and
/// "my bike got nicked" finds step 3. When two routes score within <see cref="TieRatio"/>, the decision is a tie.
/// </summary>
public sealed class IntentRouter
{
    public const double TieRatio = 0.85;
    public const double MinimumScore = 0.5;

    private readonly PhraseIndex<string> index;

    public IntentRouter(TriageContent content, TextNormaliser normaliser)
    {
        index = new PhraseIndex<string>(normaliser);
        foreach (var route in content.Routing.Routes)
        {
            index.Add(route.Id, route.Phrases);
        }

        foreach (var entry in content.RightService.Entries)
        {
            index.Add(RouteIds.RightService, entry.Phrases);
        }

        foreach (var answer in content.OnlineAnswers.Answers)
        {
            index.Add(RouteIds.CheckOnline, answer.Keywords);
        }

        foreach (var type in content.CrimeReport.Types)
        {
            index.Add(RouteIds.ReportCrime, type.Phrases);
        }
    }

    public RouteDecision Route(string? message)
    {
        var matches = index.Match(message);
        if (matches.Count == 0 || matches[0].Score < MinimumScore)
        {
            return RouteDecision.None;
        }

        var best = matches[0];
        var tied = matches.TakeWhile(m => m.Score >= best.Score * TieRatio).Select(m => m.Key).Take(3).ToList();
        return new RouteDecision(tied, best.Score);
    }
}
