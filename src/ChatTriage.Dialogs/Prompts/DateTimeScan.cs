using System.Globalization;
using System.Text.RegularExpressions;
using static ChatTriage.Dialogs.Prompts.DateTimeWords;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Finds the date, time and period expressions in a reply. Each expression found is blanked out of the text,
/// so that its numbers are not read again as something else.
/// </summary>
internal sealed partial class DateTimeScan
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Approximate = new(@"\b(about|around|approximately|approx|roughly|circa|or so)\b|ish\b", Options);
    private static readonly Regex Ago = new($@"\b(?:(?<half>half an)|{NumberPattern})\s+(?<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)\s+ago\b", Options);
    private static readonly Regex TwelveHour = new(@"\b(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\d))?\s*(?<ap>am|pm)(?:ish)?(?![a-z])", Options);
    private static readonly Regex TwentyFourHour = new(@"\b(?:(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)|(?<h>1[3-9]|2[0-3])\.(?<m>[0-5]\d))(?:\s*(?:hrs|hours))?\b", Options);
    private static readonly Regex NamedTime = new(@"\b(?<name>noon|midday|midnight)\b", Options);
    private static readonly Regex BareHour = new(@"\b(?:at|about|around|by|from)\s+(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\d))?(?:\s*o'?clock)?(?:ish)?\b", Options);
    private static readonly Regex PartOfDayExpression = new(@"\b(?<this>this\s+)?(?<part>morning|afternoon|evening|night|early\s+hours)\b", Options);

    private readonly DateTime _now;
    private string _text;

    public DateTimeScan(string text, DateTime localNow, bool preferPast)
    {
        _text = text;
        _now = localNow;
        PreferPast = preferPast;
    }

    public bool PreferPast { get; }

    public bool IsApproximate { get; private set; }

    public TimeSpan? TimeOfDay { get; private set; }

    public string? PartOfDay { get; private set; }

    /// <summary>Gets a value indicating whether the part of the day was "this morning" (today, even if still to come).</summary>
    public bool PartOfDayIsToday { get; private set; }

    public List<DateTimeCandidate> Dates { get; } = new();

    private DateTime Today => _now.Date;

    public void Run()
    {
        IsApproximate = Approximate.IsMatch(_text);
        ReadAgo();
        ReadTimes();
        ReadNumericDates();
        ReadTextDates();
        ReadKeywords();
        ReadWeekdays();
        ReadPartOfDay();
        ReadBareHour();
        Dates.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    private IEnumerable<Match> Take(Regex regex)
    {
        var matches = regex.Matches(_text).ToList();
        foreach (var match in matches)
        {
            _text = string.Concat(_text.AsSpan(0, match.Index), new string(' ', match.Length), _text.AsSpan(match.Index + match.Length));
        }

        return matches;
    }

    private void AddDay(int position, DateTime day)
        => Dates.Add(new DateTimeCandidate(position, day.Date, day.Date.AddDays(1), DateTimeCandidateKind.Day));

    private void AddRange(int position, DateTime start, DateTime end, DateTimeCandidateKind kind = DateTimeCandidateKind.Range)
        => Dates.Add(new DateTimeCandidate(position, start, end, kind));

    private void ReadAgo()
    {
        foreach (var match in Take(Ago))
        {
            var n = match.Groups["half"].Success ? 0 : Number(match.Groups["n"].Value);
            var unit = match.Groups["unit"].Value;
            switch (unit[0])
            {
                case 'm' when unit.StartsWith("min", StringComparison.Ordinal):
                    Dates.Add(new DateTimeCandidate(match.Index, _now.AddMinutes(-n), _now.AddMinutes(-n), DateTimeCandidateKind.Instant));
                    break;
                case 'h':
                    var ago = match.Groups["half"].Success ? TimeSpan.FromMinutes(30) : TimeSpan.FromHours(n);
                    Dates.Add(new DateTimeCandidate(match.Index, _now - ago, _now - ago, DateTimeCandidateKind.Instant));
                    break;
                case 'd':
                    AddDay(match.Index, Today.AddDays(-n));
                    break;
                case 'w':
                    AddDay(match.Index, Today.AddDays(-7 * n));
                    break;
                case 'f':
                    AddDay(match.Index, Today.AddDays(-14 * n));
                    break;
                case 'm':
                    AddDay(match.Index, Today.AddMonths(-n));
                    break;
                default:
                    AddDay(match.Index, Today.AddYears(-n));
                    break;
            }
        }
    }

    private void ReadTimes()
    {
        foreach (var match in Take(TwelveHour))
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) % 12;
            hour += match.Groups["ap"].Value == "pm" ? 12 : 0;
            TimeOfDay ??= new TimeSpan(hour, Minutes(match), 0);
        }

        foreach (var match in Take(TwentyFourHour))
        {
            TimeOfDay ??= new TimeSpan(int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture), Minutes(match), 0);
        }

        foreach (var match in Take(NamedTime))
        {
            TimeOfDay ??= match.Groups["name"].Value == "midnight" ? TimeSpan.Zero : TimeSpan.FromHours(12);
        }
    }

    private void ReadPartOfDay()
    {
        foreach (var match in Take(PartOfDayExpression))
        {
            if (PartOfDay is null)
            {
                PartOfDay = Regex.Replace(match.Groups["part"].Value, @"\s+", " ");
                PartOfDayIsToday = match.Groups["this"].Success;
            }
        }
    }

    /// <summary>
    /// "at 4" is only a time when the part of the day says whether it is morning or afternoon.
    /// </summary>
    private void ReadBareHour()
    {
        if (TimeOfDay is not null || PartOfDay is null && !Dates.Any(d => d.Kind == DateTimeCandidateKind.Night))
        {
            return;
        }

        foreach (var match in Take(BareHour))
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) % 12;
            var afternoon = PartOfDay is "afternoon" or "evening" || PartOfDay == "night" && hour >= 6
                || PartOfDay is null && hour >= 6;
            TimeOfDay ??= new TimeSpan(hour + (afternoon ? 12 : 0), Minutes(match), 0);
        }
    }

    private static int Minutes(Match match)
        => match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
}
