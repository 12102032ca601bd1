using ChatTriage.Bot.Validation;

namespace ChatTriage.Bot.Tests.Validation;

public class ResidentDateTests
{
    // Wednesday 25 November 2026.
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("today", "2026-11-25")]
    [InlineData("this morning", "2026-11-25")]
    [InlineData("yesterday", "2026-11-24")]
    [InlineData("last night", "2026-11-24")]
    [InlineData("3 days ago", "2026-11-22")]
    [InlineData("a week ago", "2026-11-18")]
    [InlineData("last Tuesday", "2026-11-24")]
    [InlineData("on Monday", "2026-11-23")]
    [InlineData("last Wednesday", "2026-11-18")]
    [InlineData("wednesday", "2026-11-25")]
    [InlineData("3/11", "2026-11-03")]
    [InlineData("3/11 evening", "2026-11-03")]
    [InlineData("03/11/2026", "2026-11-03")]
    [InlineData("3.11.26", "2026-11-03")]
    [InlineData("25/12", "2025-12-25")]
    [InlineData("3rd November", "2026-11-03")]
    [InlineData("November 3", "2026-11-03")]
    [InlineData("1 Jan 2025", "2025-01-01")]
    [InlineData("2026-10-31", "2026-10-31")]
    public void EverydayUkDatesAreRead(string text, string expected)
    {
        Assert.True(ResidentDate.TryParse(text, Today, out var date), text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the day after the party")]
    [InlineData("31/02/2026")]
    [InlineData("13/13")]
    public void OtherTextIsNotADate(string text) => Assert.False(ResidentDate.TryParse(text, Today, out _));

    [Fact]
    public void AnExplicitFutureYearStaysInTheFutureForTheCallerToRefuse()
    {
        Assert.True(ResidentDate.TryParse("25/12/2030", Today, out var date));
        Assert.True(date > Today);
    }
}
