using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatTriage.Bot.Validation;

/// <summary>
/// Reads a date the way UK residents write it: "today", "yesterday", "last night", "last Tuesday", "3 days ago",
/// "3/11" (day first), "3/11/2026", "3rd November", "Nov 3". A day and month without a year that would be in the
/// future is taken as last year ("25/12" written in November means last Christmas).
/// </summary>
public static partial class ResidentDate
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.ToLowerInvariant().Trim();
        if (Relative(t, today) is { } relative)
        {
            date = relative;
            return true;
        }

        if (Numeric(t, today) is { } numeric)
        {
            date = numeric;
            return true;
        }

        if (Named(t, today) is { } named)
        {
            date = named;
            return true;
        }

        return false;
    }

    private static DateOnly? Relative(string t, DateOnly today)
    {
        if (Regex.IsMatch(t, @"\b(today|this (morning|afternoon|evening)|tonight|earlier|just now)\b"))
        {
            return today;
        }

        if (Regex.IsMatch(t, @"\b(yesterday|last night)\b"))
        {
            return today.AddDays(-1);
        }

        var ago = DaysAgo().Match(t);
        if (ago.Success)
        {
            var n = ago.Groups[1].Value is "a" or "an" or "one" ? 1 : int.Parse(ago.Groups[1].Value, CultureInfo.InvariantCulture);
            var unit = ago.Groups[2].Value.StartsWith("week", StringComparison.Ordinal) ? 7 : 1;
            return n * unit <= 3660 ? today.AddDays(-n * unit) : null;
        }

        if (Regex.IsMatch(t, @"\blast week\b"))
        {
            return today.AddDays(-7);
        }

        for (var i = 0; i < Weekdays.Length; i++)
        {
            var m = Regex.Match(t, $@"\b(last\s+)?{Weekdays[i]}\b");
            if (m.Success)
            {
                var back = ((int)today.DayOfWeek - i + 7) % 7;
                if (m.Groups[1].Success && back == 0)
                {
                    back = 7;
                }

                return today.AddDays(-back);
            }
        }

        return null;
    }

    private static DateOnly? Numeric(string t, DateOnly today)
    {
        var iso = Iso().Match(t);
        if (iso.Success)
        {
            return Make(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        var m = DayMonth().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return WithYear(day, month, m.Groups[3].Success ? m.Groups[3].Value : null, today);
    }

    private static DateOnly? Named(string t, DateOnly today)
    {
        var m = DayName().Match(t);
        string? dayText = null, monthText = null, yearText = null;
        if (m.Success)
        {
            (dayText, monthText, yearText) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Success ? m.Groups[3].Value : null);
        }
        else
        {
            m = NameDay().Match(t);
            if (!m.Success)
            {
                return null;
            }

            (monthText, dayText, yearText) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Success ? m.Groups[3].Value : null);
        }

        var month = Array.FindIndex(Months, mo => monthText.StartsWith(mo, StringComparison.Ordinal)) + 1;
        return month == 0 ? null : WithYear(int.Parse(dayText, CultureInfo.InvariantCulture), month, yearText, today);
    }

    private static DateOnly? WithYear(int day, int month, string? yearText, DateOnly today)
    {
        if (yearText is null)
        {
            var thisYear = Make(today.Year, month, day);
            return thisYear is { } d && d > today ? Make(today.Year - 1, month, day) : thisYear;
        }

        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        return Make(year < 100 ? 2000 + year : year, month, day);
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"\b(\d{1,4}|a|an|one)\s+(days?|weeks?)\s+ago\b")]
    private static partial Regex DaysAgo();

    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}|\d{2}))?\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)(?:,?\s+(\d{4}))?\b")]
    private static partial Regex DayName();

    [GeneratedRegex(@"\b(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")]
    private static partial Regex NameDay();
}
