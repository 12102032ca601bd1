namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// A date, time or period recognised in a reply, in the recogniser's time zone.
/// </summary>
public class DateTimeResolution
{
    /// <summary>Gets or sets the start: midnight for a day, the moment for a time, the beginning of a period.</summary>
    public DateTimeOffset Start { get; set; }

    /// <summary>
    /// Gets or sets the end: the next midnight for a day (exclusive), the same as <see cref="Start"/> for a time,
    /// the end of a period (exclusive; "now" for a period still going on).
    /// </summary>
    public DateTimeOffset End { get; set; }

    /// <summary>Gets or sets a value indicating whether this is a period ("last week", "this morning", "last night").</summary>
    public bool IsRange { get; set; }

    /// <summary>Gets or sets a value indicating whether a time of day was given ("4pm", "2 hours ago").</summary>
    public bool HasTime { get; set; }

    /// <summary>Gets or sets a value indicating whether the user said it was approximate ("about 4pm", "4ish").</summary>
    public bool IsApproximate { get; set; }

    /// <summary>
    /// Tells whether this resolution starts after the given moment (so it has not happened yet).
    /// </summary>
    /// <param name="now">The current moment.</param>
    /// <returns>True if <see cref="Start"/> is after <paramref name="now"/>.</returns>
    public bool IsInFuture(DateTimeOffset now) => Start > now;

    /// <inheritdoc/>
    public override string ToString()
        => IsRange || !HasTime && End != Start
            ? $"{Start:yyyy-MM-dd HH:mm zzz} to {End:yyyy-MM-dd HH:mm zzz}{(IsApproximate ? " (approx.)" : string.Empty)}"
            : $"{Start:yyyy-MM-dd HH:mm zzz}{(IsApproximate ? " (approx.)" : string.Empty)}";
}
