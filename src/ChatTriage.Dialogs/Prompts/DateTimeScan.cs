using System.Globalization;
using System.Text.RegularExpressions;
using static ChatTriage.Dialogs.Prompts.DateTimeWords;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Finds the date, time and period expressions in a reply. Each expression found is blanked out of the text,
/// so that its numbers are not read again as something else.
/// </summary>
internal sealed class DateTimeScan
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Approximate = new(@"\b(about|around|approximately|approx|roughly|circa|or so)\b|ish\b", Options);
    private static readonly Regex Ago = new($@"\b(?:(?<half>half an)|{NumberPattern})\s+(?<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)\s+ago\b", Options);
    private static readonly Regex TwelveHour = new(@"\b(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\d))?\s*(?<ap>am|pm)(?:ish)?(?![a-z])", Options);
    private static readonly Regex TwentyFourHour = new(@"\b(?:(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)|(?<h>1[3-9]|2[0-3])\.(?<m>[0-5]\d))(?:\s*(?:hrs|hours))?\b", Options);
    private static readonly Regex NamedTime = new(@"\b(?<name>noon|midday|midnight)\b", Options);
    private static readonly Regex BareHour = new(@"\b(?:at|about|around|by|from)\s+(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\d))?(?:\s*o'?clock)?(?:ish)?\b", Options);
    private static readonly Regex NumericDate = new(@"\b(?<d>[0-3]?\d)(?<sep>[/\-])(?<m>[01]?\d)(?:\k<sep>(?<y>\d{4}|\d{2}))?\b|\b(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>\d{4}|\d{2})\b", Options);
    private static readonly Regex DayMonth = new($@"\b(?:the\s+)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+{MonthPattern}\b(?:,?\s+(?<y>\d{{4}}))?", Options);
    private static readonly Regex MonthDay = new($@"\b{MonthPattern}\s+(?:the\s+)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{{4}}))?", Options);
    private static readonly Regex DayOfMonth = new(@"\bthe\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)\b", Options);
    private static readonly Regex Keyword = new(@"\b(?<k>(?:the\s+)?day\s+before\s+yesterday|last\s+night|yesterday|today|tonight|last\s+week|this\s+week|last\s+weekend|(?:this|the)\s+weekend|last\s+month|this\s+month)\b", Options);
    private static readonly Regex WeekdayExpression = new($@"\b(?:(?<mod>last|this\s+past|on|this)\s+)?{WeekdayPattern}s?\b", Options);
    private static readonly Regex PartOfDayExpression = new(@"\b(?<part>morning|afternoon|evening|night|early\s+hours)\b", Options);

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

    private void ReadNumericDates()
    {
        foreach (var match in Take(NumericDate))
        {
            AddDate(match.Index, match.Groups["d"].Value, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), match.Groups["y"]);
        }
    }

    private void ReadTextDates()
    {
        foreach (var regex in new[] { DayMonth, MonthDay })
        {
            foreach (var match in Take(regex))
            {
                AddDate(match.Index, match.Groups["d"].Value, Month(match.Groups["mon"].Value), match.Groups["y"]);
            }
        }

        foreach (var match in Take(DayOfMonth))
        {
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            for (var back = 0; back < 12; back++)
            {
                var month = Today.AddMonths(-back);
                if (day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month))
                {
                    var date = new DateTime(month.Year, month.Month, day, 0, 0, 0, DateTimeKind.Unspecified);
                    if (!PreferPast || date <= Today)
                    {
                        AddDay(match.Index, date);
                        break;
                    }
                }
            }
        }
    }

    private void AddDate(int position, string dayText, int month, Group yearGroup)
    {
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1)
        {
            return;
        }

        if (yearGroup.Success)
        {
            var year = int.Parse(yearGroup.Value, CultureInfo.InvariantCulture);
            year = yearGroup.Value.Length == 2 ? 2000 + year : year;
            if (year is >= 1900 and <= 2199 && day <= DateTime.DaysInMonth(year, month))
            {
                AddDay(position, new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified));
            }

            return;
        }

        // No year: this year's date, or last year's when this year's has not come yet.
        var thisYear = Today.Year;
        if (day <= DateTime.DaysInMonth(thisYear, month))
        {
            var date = new DateTime(thisYear, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            if (!PreferPast || date <= Today)
            {
                AddDay(position, date);
                return;
            }
        }

        if (PreferPast && day <= DateTime.DaysInMonth(thisYear - 1, month))
        {
            AddDay(position, new DateTime(thisYear - 1, month, day, 0, 0, 0, DateTimeKind.Unspecified));
        }
    }

    private void ReadKeywords()
    {
        var mondayThisWeek = Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));
        foreach (var match in Take(Keyword))
        {
            var keyword = Regex.Replace(match.Groups["k"].Value, @"\s+", " ");
            var at = match.Index;
            switch (keyword)
            {
                case "today":
                    AddDay(at, Today);
                    break;
                case "yesterday":
                    AddDay(at, Today.AddDays(-1));
                    break;
                case "day before yesterday":
                case "the day before yesterday":
                    AddDay(at, Today.AddDays(-2));
                    break;
                case "last night":
                    AddRange(at, Today.AddDays(-1).AddHours(18), Today.AddHours(6), DateTimeCandidateKind.Night);
                    break;
                case "tonight":
                    AddRange(at, Today.AddHours(18), Today.AddDays(1).AddHours(6), DateTimeCandidateKind.Night);
                    break;
                case "last week":
                    AddRange(at, mondayThisWeek.AddDays(-7), mondayThisWeek);
                    break;
                case "this week":
                    AddRange(at, mondayThisWeek, mondayThisWeek.AddDays(7));
                    break;
                case "last weekend":
                    AddRange(at, mondayThisWeek.AddDays(-2), mondayThisWeek);
                    break;
                case "this weekend":
                case "the weekend":
                    // The most recent weekend that has begun.
                    var saturday = mondayThisWeek.AddDays(5);
                    var start = saturday <= Today ? saturday : saturday.AddDays(-7);
                    AddRange(at, start, start.AddDays(2));
                    break;
                case "last month":
                    var firstThisMonth = new DateTime(Today.Year, Today.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
                    AddRange(at, firstThisMonth.AddMonths(-1), firstThisMonth);
                    break;
                case "this month":
                    var first = new DateTime(Today.Year, Today.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
                    AddRange(at, first, first.AddMonths(1));
                    break;
            }
        }
    }

    private void ReadWeekdays()
    {
        foreach (var match in Take(WeekdayExpression))
        {
            var weekday = Weekday(match.Groups["wd"].Value);
            var daysBack = ((int)Today.DayOfWeek - (int)weekday + 7) % 7;

            // "last Tuesday" is never today; "Tuesday" or "on Tuesday" said on a Tuesday is today.
            var modifier = match.Groups["mod"].Value;
            if (daysBack == 0 && (modifier == "last" || modifier.StartsWith("this past", StringComparison.Ordinal)))
            {
                daysBack = 7;
            }

            AddDay(match.Index, Today.AddDays(-daysBack));
        }
    }

    private void ReadPartOfDay()
    {
        foreach (var match in Take(PartOfDayExpression))
        {
            PartOfDay ??= Regex.Replace(match.Groups["part"].Value, @"\s+", " ");
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
