namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// English words for months, weekdays, parts of the day and small numbers, as the date recogniser reads them.
/// </summary>
internal static class DateTimeWords
{
    public const string MonthPattern =
        "(?<mon>january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)";

    // Short forms that are also everyday words ("sat", "sun", "wed", "mon") are left out on purpose.
    public const string WeekdayPattern =
        "(?<wd>monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|fri|saturday|sunday)";

    public const string NumberPattern =
        "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|couple of|a few|few)";

    public static int Month(string word) => word[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    public static DayOfWeek Weekday(string word) => word[..3] switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    public static int Number(string word) => word switch
    {
        "a" or "an" or "one" => 1,
        "two" or "a couple of" or "couple of" => 2,
        "three" or "a few" or "few" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => int.Parse(word, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Start hour and length in hours of a part of the day.</summary>
    public static (int StartHour, int Hours) PartOfDay(string part) => part switch
    {
        "morning" => (6, 6),
        "afternoon" => (12, 6),
        "evening" => (18, 6),
        "early hours" => (0, 6),
        _ => (18, 12), // night: evening through to early next morning
    };
}
