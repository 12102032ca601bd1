namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// A date or period found in a reply, in local time, before a time of day is applied.
/// </summary>
internal sealed record DateTimeCandidate(int Position, DateTime Start, DateTime End, DateTimeCandidateKind Kind);

/// <summary>What a <see cref="DateTimeCandidate"/> stands for.</summary>
internal enum DateTimeCandidateKind
{
    /// <summary>A whole day.</summary>
    Day,

    /// <summary>A night (evening to early morning): a time given with it falls on the right side of midnight.</summary>
    Night,

    /// <summary>Any other period (a week, a weekend, a month, a part of the day).</summary>
    Range,

    /// <summary>An exact moment ("2 hours ago").</summary>
    Instant,
}
