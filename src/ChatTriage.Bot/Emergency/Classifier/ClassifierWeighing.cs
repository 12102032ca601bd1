using ChatTriage.Bot.Emergency.SecondOpinion;
using ChatTriage.Bot.Emergency.Vocabulary;

namespace ChatTriage.Bot.Emergency.Classifier;

/// <summary>
/// How <see cref="EmergencyDetector"/> weighs the classifier's probability against the rules' decision: the limits
/// below, chosen by set-wise cross-validation over the independent training sets (dialogs/emergency/README.md).
/// </summary>
internal static class ClassifierWeighing
{
    /// <summary>With no rule matched, the classifier alone sends the 999 message at or above this probability.</summary>
    public const double FireAt = 0.7;

    /// <summary>
    /// Where the rules read the danger words as a figure of speech, news, a joke or a question ("feel like i'm being
    /// held hostage by this queue"), the classifier overrules them only at or above this probability.
    /// </summary>
    public const double FireOverAFigureAt = 0.95;

    /// <summary>
    /// Where the resident says it is over ("he has gone now", "I'm safe"), the classifier fires alone only at or above
    /// this probability: a vivid story of what happened earlier reads much like an emergency.
    /// </summary>
    public const double FireWhenOverAt = 0.9;

    /// <summary>
    /// Where no rule found any danger phrase at all (not even one it stood down), the classifier fires alone only on
    /// messages of at least this many words. Answers to the bot's questions ("Kings Cross", "K123 ABC") and everyday
    /// requests ("my landlord won't fix the boiler") give it too little to weigh; short emergencies are the rules' job.
    /// </summary>
    public const int MinWordsWithoutDangerPhrase = 12;

    /// <summary>
    /// A rule's match with nothing about time either way (a specific rule's danger words alone, or the broad nets: the
    /// concept rules and the second opinion) is stood down when the classifier is this sure it is not an emergency
    /// (below 10 %): questions about the law, work talk, games and films, figures of speech the rules misread. Chosen by
    /// set-wise cross-validation over the independent training sets, as dialogs/emergency/README.md says.
    /// </summary>
    public const double StandDownBelow = 0.1;

    /// <summary>A broad rule's match that a present cue backs ("someone is outside now") is stood down only below 1 %.</summary>
    public const double StandDownBroadOnCueBelow = 0.01;

    /// <summary>A specific rule's match that a present cue backs ("a drunk driver on the road now") is stood down only below 0.2 %.</summary>
    public const double StandDownSpecificOnCueBelow = 0.002;

    /// <summary>
    /// The classifier's say. It may stand a rule's match down when it is sure the message is not an emergency: how sure
    /// depends on the evidence the rule had. A rule that fired on danger words alone, with nothing about time either way
    /// ("youths carrying blades in the town centre", and the broad nets: the concept rules, the second opinion), is
    /// stood down below 10 %; a broad rule that a present cue backs ("he is outside now") below 1 %, and a specific one
    /// so backed only below 0.2 %. It may fire alone where the rules saw danger and stood it down (never over a negation:
    /// "i do not want to kill myself"; at 95 % where they read a figure of speech, news, a joke or a question, at 90 % where
    /// the resident says it is over), or on a long message where they saw nothing.
    /// </summary>
    public static EmergencyDetection Weigh(EmergencyDetection decision, bool onCue, Suppression? standDown, bool over, double probability, int words, bool negated)
    {
        if (decision.Matched)
        {
            var broad = decision.RuleId.StartsWith("concept.", StringComparison.Ordinal) || decision.RuleId == SecondOpinionModel.RuleId;
            var standDownBelow = !onCue ? StandDownBelow
                : broad ? StandDownBroadOnCueBelow : StandDownSpecificOnCueBelow;
            return probability < standDownBelow
                ? decision with { Matched = false, Explanation = $"{decision.Explanation}; stood down: the classifier gives {probability:F3}" }
                : decision;
        }

        var fireAt = standDown is Suppression.Figurative or Suppression.News or Suppression.Joking or Suppression.Hypothetical
            ? FireOverAFigureAt
            : FireAt;
        fireAt = over ? Math.Max(fireAt, FireWhenOverAt) : fireAt;
        return probability >= fireAt && !negated && (decision.RuleId != "none" || words >= MinWordsWithoutDangerPhrase)
            ? new EmergencyDetection(true, EmergencyClassifier.RuleId, "unclear", $"the classifier gives {probability:F2}")
            : decision;
    }
}
