using System.Globalization;
using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Dialogs.Tests.Prompts;

public class DateTimeRecognizerTests
{
    /// <summary>Saturday 28 November 2026, 13:30 in London (GMT).</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 13, 30, 0, TimeSpan.Zero);

    private static DateTimeResolution Single(string reply)
    {
        var found = DateTimeRecognizer.Recognize(reply, Now);
        return Assert.Single(found);
    }

    private static string Local(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("today", "2026-11-28")]
    [InlineData("Today.", "2026-11-28")]
    [InlineData("yesterday", "2026-11-27")]
    [InlineData("It happened yesterday I think", "2026-11-27")]
    [InlineData("the day before yesterday", "2026-11-26")]
    [InlineData("last Tuesday", "2026-11-24")]
    [InlineData("on Tuesday", "2026-11-24")]
    [InlineData("tuesday", "2026-11-24")]
    [InlineData("Saturday", "2026-11-28")]
    [InlineData("last Saturday", "2026-11-21")]
    [InlineData("3/11", "2026-11-03")]
    [InlineData("3/11/2026", "2026-11-03")]
    [InlineData("03/11/2026", "2026-11-03")]
    [InlineData("03-11-26", "2026-11-03")]
    [InlineData("3.11.26", "2026-11-03")]
    [InlineData("3rd November", "2026-11-03")]
    [InlineData("3rd of November", "2026-11-03")]
    [InlineData("the 3rd of Nov", "2026-11-03")]
    [InlineData("November 3rd", "2026-11-03")]
    [InlineData("Nov 3", "2026-11-03")]
    [InlineData("3 Nov", "2026-11-03")]
    [InlineData("3 November 2025", "2025-11-03")]
    [InlineData("on the 3rd", "2026-11-03")]
    [InlineData("3/12", "2025-12-03")]
    [InlineData("25th December", "2025-12-25")]
    [InlineData("2 days ago", "2026-11-26")]
    [InlineData("two days ago", "2026-11-26")]
    [InlineData("a couple of days ago", "2026-11-26")]
    [InlineData("a week ago", "2026-11-21")]
    [InlineData("a fortnight ago", "2026-11-14")]
    [InlineData("a month ago", "2026-10-28")]
    [InlineData("2026-11-03", "2026-11-03")]
    [InlineData("earlier today", "2026-11-28")]
    [InlineData("Friday the 27th", "2026-11-27")]
    public void ReadsADay(string reply, string expectedDay)
    {
        var found = Single(reply);

        Assert.Equal($"{expectedDay} 00:00", Local(found.Start));
        Assert.Equal(found.Start.AddDays(1), found.End);
        Assert.False(found.IsRange);
        Assert.False(found.HasTime);
    }

    [Theory]
    [InlineData("about 4pm", "2026-11-27 16:00", true)]
    [InlineData("around 11am", "2026-11-28 11:00", true)]
    [InlineData("11am", "2026-11-28 11:00", false)]
    [InlineData("4pmish", "2026-11-27 16:00", true)]
    [InlineData("yesterday at 4pm", "2026-11-27 16:00", false)]
    [InlineData("yesterday at 4 p.m.", "2026-11-27 16:00", false)]
    [InlineData("at 16:30 yesterday", "2026-11-27 16:30", false)]
    [InlineData("4.30pm on 3rd November", "2026-11-03 16:30", false)]
    [InlineData("3/11 at 9:15am", "2026-11-03 09:15", false)]
    [InlineData("noon yesterday", "2026-11-27 12:00", false)]
    [InlineData("yesterday evening about 7", "2026-11-27 19:00", true)]
    [InlineData("this morning at 9", "2026-11-28 09:00", false)]
    [InlineData("last night at 2am", "2026-11-28 02:00", false)]
    [InlineData("last night around 11pm", "2026-11-27 23:00", true)]
    [InlineData("last night at 11", "2026-11-27 23:00", false)]
    [InlineData("2 hours ago", "2026-11-28 11:30", false)]
    [InlineData("an hour ago", "2026-11-28 12:30", false)]
    [InlineData("half an hour ago", "2026-11-28 13:00", false)]
    [InlineData("20 minutes ago", "2026-11-28 13:10", false)]
    [InlineData("5 mins ago", "2026-11-28 13:25", false)]
    [InlineData("a few hours ago", "2026-11-28 10:30", false)]
    [InlineData("3 days ago at about 9pm", "2026-11-25 21:00", true)]
    [InlineData("last Tuesday evening at 8", "2026-11-24 20:00", false)]
    [InlineData("midnight last night", "2026-11-28 00:00", false)]
    [InlineData("1am this morning", "2026-11-28 01:00", false)]
    [InlineData("it's happening now", "2026-11-28 13:30", false)]
    [InlineData("just now", "2026-11-28 13:30", false)]
    public void ReadsAMoment(string reply, string expected, bool approximate)
    {
        var found = Single(reply);

        Assert.Equal(expected, Local(found.Start));
        Assert.Equal(found.Start, found.End);
        Assert.True(found.HasTime);
        Assert.False(found.IsRange);
        Assert.Equal(approximate, found.IsApproximate);
    }

    [Theory]
    [InlineData("last night", "2026-11-27 18:00", "2026-11-28 06:00")]
    [InlineData("this morning", "2026-11-28 06:00", "2026-11-28 12:00")]
    [InlineData("this afternoon", "2026-11-28 12:00", "2026-11-28 13:30")]
    [InlineData("yesterday morning", "2026-11-27 06:00", "2026-11-27 12:00")]
    [InlineData("Tuesday night", "2026-11-24 18:00", "2026-11-25 06:00")]
    [InlineData("in the early hours", "2026-11-28 00:00", "2026-11-28 06:00")]
    [InlineData("last week", "2026-11-16 00:00", "2026-11-23 00:00")]
    [InlineData("last weekend", "2026-11-21 00:00", "2026-11-23 00:00")]
    [InlineData("at the weekend", "2026-11-28 00:00", "2026-11-28 13:30")]
    [InlineData("last month", "2026-10-01 00:00", "2026-11-01 00:00")]
    [InlineData("last Friday night", "2026-11-27 18:00", "2026-11-28 06:00")]
    [InlineData("in the evening", "2026-11-27 18:00", "2026-11-28 00:00")]
    [InlineData("this evening", "2026-11-28 18:00", "2026-11-29 00:00")]
    [InlineData("over the weekend", "2026-11-28 00:00", "2026-11-28 13:30")]
    public void ReadsAPeriod(string reply, string expectedStart, string expectedEnd)
    {
        var found = Single(reply);

        Assert.True(found.IsRange);
        Assert.Equal(expectedStart, Local(found.Start));
        Assert.Equal(expectedEnd, Local(found.End));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("no idea, sorry")]
    [InlineData("31/2")]
    [InlineData("13/13/2026")]
    [InlineData("32 November")]
    [InlineData("3 men attacked him")]
    [InlineData("I sat down and waited")]
    [InlineData("at 4")]
    public void FindsNothingWhenNoDateIsGiven(string reply)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(reply, Now));
    }

    [Fact]
    public void ReadsTwoDatesInTheOrderSaid()
    {
        var found = DateTimeRecognizer.Recognize("between 3/11 and 5/11", Now);

        Assert.Equal(new[] { "2026-11-03 00:00", "2026-11-05 00:00" }, found.Select(f => Local(f.Start)));
    }

    [Fact]
    public void ReadsDatesInFullAsGivenEvenInTheFuture()
    {
        var found = Single("3/12/2026");

        Assert.Equal("2026-12-03 00:00", Local(found.Start));
        Assert.True(found.IsInFuture(Now));
        Assert.False(Single("3/11/2026").IsInFuture(Now));
        Assert.False(Single("today").IsInFuture(Now));
        Assert.True(Single("today at 5pm").IsInFuture(Now));
        Assert.True(Single("this evening").IsInFuture(Now));
        Assert.True(Single("tonight").IsInFuture(Now));
    }

    [Fact]
    public void CanReadIncompleteDatesForwardWhenPastIsNotPreferred()
    {
        var found = Assert.Single(DateTimeRecognizer.Recognize("3/12", Now, preferPast: false));

        Assert.Equal("2026-12-03 00:00", Local(found.Start));
    }

    [Fact]
    public void UsesBritishSummerTimeInSummer()
    {
        var summerNow = new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);

        var found = Assert.Single(DateTimeRecognizer.Recognize("yesterday at 4pm", summerNow));

        Assert.Equal(TimeSpan.FromHours(1), found.Start.Offset);
        Assert.Equal(new DateTime(2026, 7, 14, 15, 0, 0, DateTimeKind.Utc), found.Start.UtcDateTime);
    }

    [Fact]
    public void TodayFollowsTheLocalDateNotUtc()
    {
        // 23:30 UTC on 14 July is 00:30 on 15 July in London.
        var lateUtc = new DateTimeOffset(2026, 7, 14, 23, 30, 0, TimeSpan.Zero);

        var found = Assert.Single(DateTimeRecognizer.Recognize("today", lateUtc));

        Assert.Equal("2026-07-15 00:00", Local(found.Start));
    }

    [Fact]
    public void AnotherTimeZoneCanBeGiven()
    {
        var found = Assert.Single(DateTimeRecognizer.Recognize("yesterday", Now, TimeZoneInfo.Utc));

        Assert.Equal(TimeSpan.Zero, found.Start.Offset);
        Assert.Equal("2026-11-27 00:00", Local(found.Start));
    }
    [Fact]
    public void AVeryLongReplyIsReadFromItsStartWithoutFailing()
    {
        var reply = "yesterday " + string.Concat(Enumerable.Repeat("and then 3 of them / 4 - 5 ", 2000));

        var found = DateTimeRecognizer.Recognize(reply, Now);

        Assert.Equal("2026-11-27 00:00", Local(found[0].Start));
    }
}
