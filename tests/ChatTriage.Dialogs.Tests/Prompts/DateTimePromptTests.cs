using System.Globalization;
using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Dialogs.Tests.Prompts;

public class DateTimePromptTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 13, 30, 0, TimeSpan.Zero));

    private static string Describe(object? result)
        => result is IList<DateTimeResolution> list
            ? list.Count == 0 ? "unknown" : string.Join("; ", list.Select(r => r.Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
            : "none";

    private DialogTestClient Client(DateTimePrompt prompt)
        => new(PromptHost.For(prompt, () => TestDialogs.Ask("When did it happen?", "Please give a date, like 3/11 or last Tuesday."), Describe));

    [Theory]
    [InlineData("yesterday at 4pm", "2026-11-27 16:00")]
    [InlineData("last Tuesday", "2026-11-24 00:00")]
    [InlineData("3/11", "2026-11-03 00:00")]
    [InlineData("2 days ago", "2026-11-26 00:00")]
    public async Task ReturnsTheResolutionsRelativeToTheInjectedClock(string reply, string expected)
    {
        await Client(new DateTimePrompt("when", timeProvider: _clock)).Flow()
            .Send("hi").AssertReply("When did it happen?")
            .Send(reply).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task TheClockIsReadWhenTheAnswerArrivesNotWhenAsked()
    {
        var client = Client(new DateTimePrompt("when", timeProvider: _clock));

        await client.SendAsync("hi");
        _clock.Advance(TimeSpan.FromDays(1));
        var replies = await client.SendAsync("yesterday");

        Assert.Equal("2026-11-28 00:00", replies.Single().Text);
    }

    [Fact]
    public async Task AnAnswerWithNoDateIsRetried()
    {
        await Client(new DateTimePrompt("when", timeProvider: _clock)).Flow()
            .Send("hi").AssertReply("When did it happen?")
            .Send("not sure").AssertReply("Please give a date, like 3/11 or last Tuesday.")
            .Send("today").AssertReply("2026-11-28 00:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task RejectsTheFutureSayingWhyWhenAsked()
    {
        var prompt = new DateTimePrompt("when", timeProvider: _clock)
        {
            RejectFuture = true,
            FutureRetryPrompt = MessageFactory.Text("That date is in the future. When did it happen?"),
        };

        await Client(prompt).Flow()
            .Send("hi").AssertReply("When did it happen?")
            .Send("3/12/2026").AssertReply("That date is in the future. When did it happen?")
            .Send("banana").AssertReply("Please give a date, like 3/11 or last Tuesday.")
            .Send("today at 5pm").AssertReply("That date is in the future. When did it happen?")
            .Send("3/11/2026").AssertReply("2026-11-03 00:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task WithoutAFutureRetryPromptTheOrdinaryRetryIsUsed()
    {
        var prompt = new DateTimePrompt("when", timeProvider: _clock) { RejectFuture = true };

        await Client(prompt).Flow()
            .Send("hi").AssertReply("When did it happen?")
            .Send("3/12/2026").AssertReply("Please give a date, like 3/11 or last Tuesday.")
            .StartTestAsync();
    }

    [Fact]
    public async Task OnlyTheFutureResolutionsAreDroppedWhenSomeArePast()
    {
        var prompt = new DateTimePrompt("when", timeProvider: _clock) { RejectFuture = true };

        await Client(prompt).Flow()
            .Send("hi").AssertReply("When did it happen?")
            .Send("3/11/2026 or 3/12/2026").AssertReply("2026-11-03 00:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task FutureDatesAreAcceptedUnlessRejected()
    {
        await Client(new DateTimePrompt("when", timeProvider: _clock)).Flow()
            .Send("hi").AssertReply("When did it happen?")
            .Send("3/12/2026").AssertReply("2026-12-03 00:00")
            .StartTestAsync();
    }

    /// <summary>
    /// "Not sure" twice: the caller decided that an unknown date is acceptable, so the validator ends the
    /// prompt with an empty list and the next step records "date unknown".
    /// </summary>
    [Fact]
    public async Task AValidatorCanAcceptNotKnowingAfterTwoAttempts()
    {
        var prompt = new DateTimePrompt(
            "when",
            (pc, ct) =>
            {
                if (pc.Recognized.Succeeded)
                {
                    return Task.FromResult(true);
                }

                if (pc.AttemptCount >= 2)
                {
                    pc.Recognized.Value = new List<DateTimeResolution>();
                    return Task.FromResult(true);
                }

                return Task.FromResult(false);
            },
            timeProvider: _clock);

        await Client(prompt).Flow()
            .Send("hi").AssertReply("When did it happen?")
            .Send("not sure").AssertReply("Please give a date, like 3/11 or last Tuesday.")
            .Send("really don't know").AssertReply("unknown")
            .StartTestAsync();
    }

    [Fact]
    public async Task AValidatorCanRejectTheFutureWithItsOwnMessage()
    {
        var prompt = new DateTimePrompt(
            "when",
            async (pc, ct) =>
            {
                if (pc.Recognized.Succeeded && pc.Recognized.Value!.Any(r => r.IsInFuture(_clock.GetUtcNow())))
                {
                    await pc.Context.SendActivityAsync("That is in the future.", cancellationToken: ct);
                    return false;
                }

                return pc.Recognized.Succeeded;
            },
            timeProvider: _clock);

        await Client(prompt).Flow()
            .Send("hi").AssertReply("When did it happen?")
            .Send("3/12/2026").AssertReply("That is in the future.")
            .Send("yesterday").AssertReply("2026-11-27 00:00")
            .StartTestAsync();
    }

    [Fact]
    public void DefaultsToTheSystemClockAndLondonTime()
    {
        var prompt = new DateTimePrompt("when");

        Assert.Same(TimeProvider.System, prompt.Clock);
        Assert.Equal(DateTimeRecognizer.UkTimeZone, prompt.TimeZone);
        Assert.Equal("Europe/London", prompt.TimeZone.Id);
    }
}
