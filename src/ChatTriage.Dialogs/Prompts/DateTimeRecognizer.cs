using System.Text.RegularExpressions;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Reads dates, times and periods from everyday UK English: "today", "yesterday at 4pm", "last night",
/// "this morning", "last Tuesday", "on Tuesday", "3/11" (day first), "3/11/2026", "03-11-26", "3rd November",
/// "November 3rd", "3 Nov", "about 4pm", "2 days ago", "a week ago", "last week". Words around them are ignored;
/// a reply with none ("not sure") gives no result.
/// </summary>
/// <remarks>
/// Replies are about things that have happened, so by default a date without a year, a weekday or a time
/// without a date is read as the most recent one that is not in the future ("3/12" said in November is last
/// December; "4pm" said at 10am is yesterday). A date given in full is read as given, even if in the future.
/// </remarks>
public static class DateTimeRecognizer
{
    private const int MaxLength = 500;

    private static readonly Lazy<TimeZoneInfo> London = new(() => TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    /// <summary>Gets the UK time zone (Europe/London), the default.</summary>
    public static TimeZoneInfo UkTimeZone => London.Value;

    /// <summary>
    /// Reads dates, times and periods from a reply, using the current time of a clock.
    /// </summary>
    /// <param name="utterance">The user's reply.</param>
    /// <param name="clock">The clock; <see cref="TimeProvider.System"/> in production.</param>
    /// <param name="timeZone">The time zone the user speaks in; Europe/London if null.</param>
    /// <param name="preferPast">Read incomplete dates and times as the most recent past one (default true).</param>
    /// <returns>What was found, in the order said; empty if nothing was.</returns>
    public static IList<DateTimeResolution> Recognize(string? utterance, TimeProvider clock, TimeZoneInfo? timeZone = null, bool preferPast = true)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Recognize(utterance, clock.GetUtcNow(), timeZone, preferPast);
    }

    /// <summary>
    /// Reads dates, times and periods from a reply, relative to a given moment.
    /// </summary>
    /// <param name="utterance">The user's reply.</param>
    /// <param name="now">The current moment.</param>
    /// <param name="timeZone">The time zone the user speaks in; Europe/London if null.</param>
    /// <param name="preferPast">Read incomplete dates and times as the most recent past one (default true).</param>
    /// <returns>What was found, in the order said; empty if nothing was.</returns>
    public static IList<DateTimeResolution> Recognize(string? utterance, DateTimeOffset now, TimeZoneInfo? timeZone = null, bool preferPast = true)
    {
        var zone = timeZone ?? UkTimeZone;
        var text = Prepare(utterance);
        if (text.Length == 0)
        {
            return new List<DateTimeResolution>();
        }

        var localNow = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var scan = new DateTimeScan(text, localNow, preferPast);
        scan.Run();

        var results = new List<DateTimeResolution>();
        if (scan.Dates.Count == 0)
        {
            var alone = Alone(scan, localNow);
            if (alone is not null)
            {
                results.Add(ToResolution(alone, scan, localNow, zone));
            }

            return results;
        }

        foreach (var date in scan.Dates)
        {
            var resolution = ToResolution(Combine(date, scan), scan, localNow, zone);

            // "Friday the 27th" names one day twice.
            if (!results.Any(r => r.Start == resolution.Start && r.End == resolution.End))
            {
                results.Add(resolution);
            }
        }

        return results;
    }

    private static string Prepare(string? utterance)
    {
        if (string.IsNullOrWhiteSpace(utterance))
        {
            return string.Empty;
        }

        // A date answer is short; a pasted essay is only read as far as its start.
        var text = (utterance.Length > MaxLength ? utterance[..MaxLength] : utterance).ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        text = Regex.Replace(text, @"\b([ap])\.\s?m\b\.?", "$1m", RegexOptions.CultureInvariant);
        return Regex.Replace(text, @"\s+", " ", RegexOptions.CultureInvariant).Trim();
    }

    /// <summary>
    /// A time or a part of the day with no date: the most recent one that has begun.
    /// </summary>
    private static DateTimeCandidate? Alone(DateTimeScan scan, DateTime now)
    {
        if (scan.TimeOfDay is { } time)
        {
            var at = now.Date + time;
            if (scan.PreferPast && at > now)
            {
                at = at.AddDays(-1);
            }

            return new DateTimeCandidate(0, at, at, DateTimeCandidateKind.Instant);
        }

        if (scan.PartOfDay is { } part)
        {
            var (startHour, hours) = DateTimeWords.PartOfDay(part);
            var start = now.Date.AddHours(startHour);
            if (scan.PreferPast && !scan.PartOfDayIsToday && start > now)
            {
                start = start.AddDays(-1);
            }

            return new DateTimeCandidate(0, start, start.AddHours(hours), DateTimeCandidateKind.Range);
        }

        return null;
    }

    private static DateTimeCandidate Combine(DateTimeCandidate date, DateTimeScan scan)
    {
        switch (date.Kind)
        {
            case DateTimeCandidateKind.Day when scan.TimeOfDay is { } time:
                return date with { Start = date.Start + time, End = date.Start + time, Kind = DateTimeCandidateKind.Instant };
            case DateTimeCandidateKind.Day when scan.PartOfDay is { } part:
                var (startHour, hours) = DateTimeWords.PartOfDay(part);
                var start = date.Start.AddHours(startHour);
                return date with { Start = start, End = start.AddHours(hours), Kind = DateTimeCandidateKind.Range };
            case DateTimeCandidateKind.Night when scan.TimeOfDay is { } nightTime:
                // "last night at 11pm" is the evening's date; "last night at 2am" is the next morning's.
                var day = nightTime.Hours >= 12 ? date.Start.Date : date.Start.Date.AddDays(1);
                return date with { Start = day + nightTime, End = day + nightTime, Kind = DateTimeCandidateKind.Instant };
            default:
                return date;
        }
    }

    private static DateTimeResolution ToResolution(DateTimeCandidate candidate, DateTimeScan scan, DateTime now, TimeZoneInfo zone)
    {
        var isRange = candidate.Kind is DateTimeCandidateKind.Range or DateTimeCandidateKind.Night;
        var end = candidate.End;

        // A period still going on ends now: what happened cannot have happened later.
        if (isRange && candidate.Start <= now && end > now)
        {
            end = now;
        }

        var hasTime = candidate.Kind == DateTimeCandidateKind.Instant;
        return new DateTimeResolution
        {
            Start = ToOffset(candidate.Start, zone),
            End = ToOffset(end, zone),
            IsRange = isRange,
            HasTime = hasTime,
            IsApproximate = hasTime && scan.IsApproximate,
        };
    }

    private static DateTimeOffset ToOffset(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
