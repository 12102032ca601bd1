using System.Globalization;
using Microsoft.Extensions.Options;

namespace ChatTriage.Bot.Options;

/// <summary>Whether call-handlers are on the chat now, from <see cref="TriageOptions"/> opening hours.</summary>
public sealed class AgentAvailability(IOptions<TriageOptions> options, TimeProvider clock)
{
    public bool IsOpen()
    {
        var o = options.Value;
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), FindZone(o.TimeZone));
        if (o.OpeningDays.Count > 0 && !o.OpeningDays.Any(d => string.Equals(d.Trim(), local.DayOfWeek.ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (!TryParseHours(o.OpeningHours, out var open, out var close))
        {
            throw new InvalidOperationException($"Triage:OpeningHours must look like 08:00-20:00, not '{o.OpeningHours}'.");
        }

        var now = TimeOnly.FromDateTime(local.DateTime);

        // "22:00-06:00" runs over midnight.
        return open <= close ? now >= open && now < close : now >= open || now < close;
    }

    /// <summary>Reads "08:00-20:00" (24-hour clock; the end may be after midnight, as in "22:00-06:00").</summary>
    public static bool TryParseHours(string? hours, out TimeOnly open, out TimeOnly close)
    {
        open = close = default;
        var parts = (hours ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out open)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out close);
    }

    /// <summary>The zone with this id, or UTC when the machine does not know it.</summary>
    public static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
