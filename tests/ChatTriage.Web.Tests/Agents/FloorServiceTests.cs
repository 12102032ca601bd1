using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Floor;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Web.Tests.Agents;

public sealed class FloorServiceTests
{
    [Fact]
    public async Task TodaysFiguresCountHandoffsOutcomesMedianWaitAndBotSettledFeedback()
    {
        await using var host = new AgentsTestHost();
        var waits = new[] { 60, 180, 600 };
        foreach (var wait in waits)
        {
            var ticket = await host.EnqueueAsync();
            host.Time.Advance(TimeSpan.FromSeconds(wait));
            await host.Queue.TryAcceptAsync(ticket.Id, "sam", "Sam", 10);
            await host.Queue.EndAsync(ticket.Id, HandoffStatus.Closed, wait == 600 ? "report-taken" : "advice-given");
        }

        var waiting = await host.EnqueueAsync();
        host.Time.Advance(TimeSpan.FromSeconds(90));
        var now = host.Time.GetUtcNow();
        await host.Feedback.SaveAsync(new FeedbackEntry("bot-1", "step1:noise", true, null, now));
        await host.Feedback.SaveAsync(new FeedbackEntry("bot-2", "step1:noise", false, null, now));
        await host.Feedback.SaveAsync(new FeedbackEntry("bot-3", "step2:lost-property", true, null, now));

        var floor = await host.Services.GetRequiredService<FloorService>().GetAsync(default);

        Assert.Equal(1, floor.QueueLength);
        Assert.Equal(91, floor.LongestWaitSeconds); // enqueued, then the helper's 1 s, then 90 s
        Assert.Equal(4, floor.Today.HandedToAgents);
        Assert.Equal(7, floor.Today.Conversations);
        Assert.Equal(181, floor.Today.MedianWaitSeconds); // 61, 181, 601: each wait includes the helper's 1 s step
        Assert.Equal([("Advice given", 2), ("Report taken", 1)], floor.Today.Outcomes.Select(o => (o.Label, o.Count)));
        Assert.Equal([("step1:noise", 2), ("step2:lost-property", 1)], floor.Today.BotSettled.Select(o => (o.Key, o.Count)));
        Assert.Equal((2, 1), (floor.Today.HelpfulYes, floor.Today.HelpfulNo));
        Assert.NotNull(waiting);
    }
}
