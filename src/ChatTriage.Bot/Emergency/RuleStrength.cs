namespace ChatTriage.Bot.Emergency;

/// <summary>How much a rule's match can be overruled by time cues around it.</summary>
public enum RuleStrength
{
    /// <summary>Fires unless the clause is clearly in the past ("last week"), negated, hypothetical, figurative or news.</summary>
    Always,

    /// <summary>Also stands down when the clause is in the past tense ("was", "got") or the resident says it is over, unless a present cue ("now", "still") is there.</summary>
    Present,

    /// <summary>
    /// Fires only with a present cue in the same clause or the next, and no past tense or report words beside it:
    /// "burglars" alone is a report, "the burglars are still here" is not.
    /// </summary>
    Now,
}
