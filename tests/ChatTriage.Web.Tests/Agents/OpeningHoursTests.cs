using ChatTriage.Web.Agents;

namespace ChatTriage.Web.Tests.Agents;

public sealed class OpeningHoursTests
{
    [Theory]
    [InlineData("08:00", "20:00", "2026-11-28T12:00:00Z", true)]
    [InlineData("08:00", "20:00", "2026-11-28T07:59:00Z", false)]
    [InlineData("08:00", "20:00", "2026-11-28T20:00:00Z", false)]
    [InlineData("08:00", "20:00", "2026-07-01T07:30:00Z", true)] // 08:30 British Summer Time
    [InlineData("20:00", "06:00", "2026-11-28T23:00:00Z", true)] // overnight shift
    [InlineData("20:00", "06:00", "2026-11-28T12:00:00Z", false)]
    public void OpenFollowsLocalLondonTime(string opens, string closes, string utc, bool open)
    {
        var hours = new OpeningHours { Opens = opens, Closes = closes };

        Assert.Equal(open, hours.IsOpen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void WithNoHoursSetAgentsAreAlwaysAvailable()
        => Assert.True(new OpeningHours().IsOpen(DateTimeOffset.Parse("2026-11-29T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ClosedDaysAreClosed()
    {
        var hours = new OpeningHours { Opens = "08:00", Closes = "20:00", Days = [DayOfWeek.Monday, DayOfWeek.Tuesday] };

        Assert.False(hours.IsOpen(DateTimeOffset.Parse("2026-11-28T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture))); // a Saturday
    }

    [Theory]
    [InlineData("08:00", null, "Europe/London", false)]
    [InlineData("8am", "20:00", "Europe/London", false)]
    [InlineData("08:00", "20:00", "Mars/Olympus", false)]
    [InlineData("08:00", "20:00", "Europe/London", true)]
    [InlineData(null, null, "Europe/London", true)]
    public void SettingsAreCheckedAtStartUp(string? opens, string? closes, string zone, bool valid)
        => Assert.Equal(valid, new OpeningHours { Opens = opens, Closes = closes, TimeZone = zone }.IsValid());
}
