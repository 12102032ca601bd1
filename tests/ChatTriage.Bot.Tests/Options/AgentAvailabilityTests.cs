using ChatTriage.Bot.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Bot.Tests.Options;

public class AgentAvailabilityTests
{
    [Theory]
    [InlineData("08:00-20:00", 12, true)]
    [InlineData("08:00-20:00", 7, false)]
    [InlineData("08:00-20:00", 20, false)]
    [InlineData("22:00-06:00", 23, true)]
    [InlineData("22:00-06:00", 3, true)]
    [InlineData("22:00-06:00", 12, false)]
    public void OpeningHoursAreReadInTheForcesTimeZone(string hours, int utcHour, bool open)
    {
        var options = new TriageOptions { OpeningHours = hours, TimeZone = "UTC" };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, utcHour, 0, 0, TimeSpan.Zero));
        Assert.Equal(open, new AgentAvailability(Microsoft.Extensions.Options.Options.Create(options), clock).IsOpen());
    }

    [Fact]
    public void ClosedDaysAreClosed()
    {
        var options = new TriageOptions { OpeningHours = "08:00-20:00", OpeningDays = ["Monday", "Tuesday"], TimeZone = "UTC" };
        var wednesdayNoon = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        Assert.False(new AgentAvailability(Microsoft.Extensions.Options.Options.Create(options), wednesdayNoon).IsOpen());
    }

    [Fact]
    public void LondonSummerTimeIsAnHourAheadOfUtc()
    {
        var options = new TriageOptions { OpeningHours = "08:00-20:00", TimeZone = "Europe/London" };
        var july0730Utc = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 7, 30, 0, TimeSpan.Zero));
        Assert.True(new AgentAvailability(Microsoft.Extensions.Options.Options.Create(options), july0730Utc).IsOpen());
    }

    [Fact]
    public void BadlyWrittenHoursAreAConfigurationError()
    {
        var options = new TriageOptions { OpeningHours = "8am to 8pm" };
        Assert.Throws<InvalidOperationException>(() => new AgentAvailability(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System).IsOpen());
    }
}
