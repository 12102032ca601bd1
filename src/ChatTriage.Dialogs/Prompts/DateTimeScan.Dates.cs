using System.Globalization;
using System.Text.RegularExpressions;
using static ChatTriage.Dialogs.Prompts.DateTimeWords;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// The calendar half of the scan: numeric and written dates, "yesterday"-style words, weeks and weekdays.
/// </summary>
internal sealed partial class DateTimeScan
{
    private static readonly Regex IsoDate = new(@"\b(?<y>\d{4})-(?<m>[01]?\d)-(?<d>[0-3]?\d)\b", Options);
    private static readonly Regex NumericDate = new(@"\b(?<d>[0-3]?\d)(?<sep>[/\-])(?<m>[01]?\d)(?:\k<sep>(?<y>\d{4}|\d{2}))?\b|\b(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>\d{4}|\d{2})\b", Options);
    private static readonly Regex DayMonth = new($@"\b(?:the\s+)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+{MonthPattern}\b(?:,?\s+(?<y>\d{{4}}))?", Options);
    private static readonly Regex MonthDay = new($@"\b{MonthPattern}\s+(?:the\s+)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{{4}}))?", Options);
    private static readonly Regex DayOfMonth = new(@"\bthe\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)\b", Options);
    private static readonly Regex Keyword = new(@"\b(?<k>(?:the\s+)?day\s+before\s+yesterday|last\s+night|yesterday|today|tonight|last\s+week|this\s+week|last\s+weekend|(?:this|the)\s+weekend|last\s+month|this\s+month|just\s+now|right\s+now|now)\b", Options);
    private static readonly Regex WeekdayExpression = new($@"\b(?:(?<mod>last|this\s+past|on|this)\s+)?{WeekdayPattern}s?\b", Options);

    private void ReadNumericDates()
    {
        // Year first (as a date picker sends it) is read before day-month, so "2026-11-03" is not "11 March".
        foreach (var match in Take(IsoDate))
        {
            AddDate(match.Index, match.Groups["d"].Value, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), match.Groups["y"]);
        }

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
                case "now":
                case "just now":
                case "right now":
                    Dates.Add(new DateTimeCandidate(at, _now, _now, DateTimeCandidateKind.Instant));
                    break;
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
}
