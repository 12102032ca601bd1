namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// Decides whether a rule's hit stands, from the cue hits of its clause (and its neighbours): figure of speech, news,
/// joke, hypothetical, negation, past time, past tense, "it is over", and present (or recent) cues that overrule them.
/// </summary>
internal static class HitJudge
{
    private const int NegationReach = 3;

    /// <summary>
    /// Why a rule's hit must stand down, or null when it fires; <paramref name="onCue"/> tells whether a present cue
    /// ("now", "still", "outside") made it fire, rather than the rule's words alone.
    /// </summary>
    public static Suppression? Judge(Hit rule, RuleStrength strength, ReadOnlySpan<Hit> hits, bool over, out bool onCue)
    {
        onCue = false;
        bool present = false, weakPast = false, pastTense = false, presentNext = false;
        int lastPresent = -1, lastStrongPast = -1, lastWeakPast = -1;
        foreach (var cue in hits)
        {
            if (cue.ClauseStart != rule.ClauseStart)
            {
                // "a man snatched my phone and he is still nearby", "i woke up and a man was in my room":
                // a neighbouring clause can say it is going on now.
                presentNext |= (cue.Kind == CueKind.Present || (cue.Kind == CueKind.Recent && !over))
                    && (cue.ClauseStart == rule.ClauseEnd + 1 || cue.ClauseEnd + 1 == rule.ClauseStart)
                    && !InsideRecovery(cue, hits) && !InsideFigure(cue, hits);
                continue;
            }

            switch (cue.Kind)
            {
                case CueKind.Figurative when Overlaps(cue, rule):
                    return Suppression.Figurative;
                case CueKind.News:
                    return Suppression.News;
                case CueKind.Joking:
                    return Suppression.Joking;
                case CueKind.Recovery when cue.Start >= rule.End && strength == RuleStrength.Always:
                    // "the man with the knife has been arrested": the clause itself says it is over.
                    return Suppression.Over;
                case CueKind.Hypothetical when cue.Start <= rule.Start && !IsDoubt(cue, hits):
                    return Suppression.Hypothetical;
                case CueKind.Negation when Negates(cue, rule) && !IsDoubt(cue, hits):
                    return Suppression.Negated;
                case CueKind.Present when !InsideRecovery(cue, hits) && !InsideFigure(cue, hits):
                case CueKind.Recent when !over && !InsideRecovery(cue, hits):
                    present = true;
                    lastPresent = Math.Max(lastPresent, cue.Start);
                    break;
                case CueKind.StrongPast when !OnRuleWords(cue, rule) && !IsRecent(cue, hits):
                    lastStrongPast = Math.Max(lastStrongPast, cue.Start);
                    break;
                case CueKind.WeakPast:
                    pastTense = true;
                    if (!OnRuleWords(cue, rule))
                    {
                        weakPast = true;
                        lastWeakPast = Math.Max(lastWeakPast, cue.Start);
                    }

                    break;
            }
        }

        // A clear past time wins unless a present cue follows it: "followed me for weeks and is outside right now".
        if (lastStrongPast >= 0 && lastPresent <= lastStrongPast)
        {
            return Suppression.Past;
        }

        // "I'm trying to report my stolen bike now": for now-rules, past tense or a report beside the present cue wins,
        // unless the clause sets a clear then against a later now: "got nicked last week, is outside right now".
        var thenAndNow = lastStrongPast >= 0 && lastPresent > lastWeakPast;
        if (strength == RuleStrength.Now && weakPast && !thenAndNow)
        {
            return Suppression.NotNow;
        }

        if (present)
        {
            onCue = true;
            return null;
        }

        if (presentNext && !over && strength is RuleStrength.Present or RuleStrength.Now)
        {
            onCue = true;
            return null;
        }

        return strength switch
        {
            RuleStrength.Now => Suppression.NotNow,
            RuleStrength.Always when over && pastTense => Suppression.Over,
            RuleStrength.Present when weakPast => Suppression.Past,
            RuleStrength.Present when over => Suppression.Over,
            _ => null,
        };
    }

    private static bool Negates(Hit negation, Hit rule)
    {
        if (negation.End <= rule.Start)
        {
            return rule.Start - negation.End < NegationReach;
        }

        // "no one has a knife": the negation swallows the rule's first word.
        if (negation.Start < rule.Start)
        {
            return true;
        }

        if (negation.Start < rule.Start || negation.End > rule.End || negation.Start - rule.Start >= 64)
        {
            return false;
        }

        for (var t = negation.Start; t < negation.End && t - rule.Start < 64; t++)
        {
            if ((rule.GapMask & (1UL << (t - rule.Start))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A negation or "if" inside "not sure if", "do not know whether" is doubt, which must not stand a rule down.</summary>
    private static bool IsDoubt(Hit cue, ReadOnlySpan<Hit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Kind == CueKind.Uncertain && hit.ClauseStart == cue.ClauseStart && hit.Start <= cue.Start && cue.Start < hit.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A recovery phrase overlapped by a not-over phrase ("they have gone" inside "they have gone out") does not say
    /// the danger is over.
    /// </summary>
    public static bool Voided(Hit recovery, ReadOnlySpan<Hit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Kind == CueKind.NotOver && hit.ClauseStart == recovery.ClauseStart && Overlaps(hit, recovery))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"an hour ago", "ten minutes ago": a past time overlapped by a present or recent cue is recent, not over.</summary>
    private static bool IsRecent(Hit pastCue, ReadOnlySpan<Hit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Kind is CueKind.Present or CueKind.Recent && hit.ClauseStart == pastCue.ClauseStart && Overlaps(hit, pastCue))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideRecovery(Hit cue, ReadOnlySpan<Hit> hits)
    {
        foreach (var hit in hits)
        {
            // "he is in prison now": a present cue right after a recovery phrase belongs to it.
            if (hit.Kind == CueKind.Recovery && hit.ClauseStart == cue.ClauseStart && (Overlaps(hit, cue) || cue.Start == hit.End) && !Voided(hit, hits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the drums are killing me": a present cue inside a figure of speech says nothing about danger now.</summary>
    private static bool InsideFigure(Hit cue, ReadOnlySpan<Hit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Kind == CueKind.Figurative && hit.ClauseStart == cue.ClauseStart && Overlaps(hit, cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the cue shares a word the rule's pattern names (not one a gap skipped): "got" in "got stabbed".</summary>
    private static bool OnRuleWords(Hit cue, Hit rule)
    {
        for (var t = Math.Max(cue.Start, rule.Start); t < Math.Min(cue.End, rule.End); t++)
        {
            if (t - rule.Start >= 64 || (rule.GapMask & (1UL << (t - rule.Start))) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(Hit a, Hit b) => a.Start < b.End && b.Start < a.End;
}
