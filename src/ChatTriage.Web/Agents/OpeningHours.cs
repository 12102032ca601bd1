using System.Globalization;

namespace ChatTriage.Web.Agents;

/// <summary>
/// Configuration "Handoff:OpeningHours": daily opening and closing times ("08:00", "22:00") in a time zone
/// (default Europe/London), and the days open (default every day). With no times set, agents are always available.
/// </summary>
public sealed class OpeningHours
{
    public string? Opens { get; set; }

    public string? Closes { get; set; }

    public string TimeZone { get; set; } = "Europe/London";

    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>The hours as residents read them, for example "from 8am to 8pm, every day" (optional).</summary>
    public string? Text { get; set; }

    public bool AlwaysOpen => string.IsNullOrWhiteSpace(Opens) || string.IsNullOrWhiteSpace(Closes);

    /// <summary>True when agents are available at <paramref name="now"/>.</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        if (AlwaysOpen)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(now, Zone());
        if (Days.Count > 0 && !Days.Contains(local.DayOfWeek))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local.DateTime);
        var opens = Parse(Opens!);
        var closes = Parse(Closes!);
        return opens <= closes
            ? time >= opens && time < closes
            : time >= opens || time < closes; // overnight, for example 20:00 to 06:00
    }

    /// <summary>True when the settings can be used: both times or neither, as HH:mm, and a known time zone.</summary>
    public bool IsValid()
    {
        if (string.IsNullOrWhiteSpace(Opens) != string.IsNullOrWhiteSpace(Closes))
        {
            return false;
        }

        try
        {
            _ = Zone();
            return AlwaysOpen || (TimeOnly.TryParseExact(Opens, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && TimeOnly.TryParseExact(Closes, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The hours as a resident reads them, for example "from 08:00 to 22:00".</summary>
    public string Describe() => !string.IsNullOrWhiteSpace(Text) ? Text : AlwaysOpen ? "at all times" : $"from {Opens} to {Closes}";

    /// <summary>Midnight today in the opening-hours time zone, for "today's figures".</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset now)
    {
        var zone = Zone();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = local.Date;
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    private static TimeOnly Parse(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
