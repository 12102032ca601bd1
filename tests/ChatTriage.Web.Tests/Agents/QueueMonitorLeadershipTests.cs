using ChatTriage.Bot.Handoff;
using ChatTriage.Storage.Leadership;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>Several instances share one queue: only the leading instance's monitor tells residents anything.</summary>
public sealed class QueueMonitorLeadershipTests
{
    private static AgentsTestHost HostLed(SwitchableLeadership leadership, params (string Key, string Value)[] settings)
    {
        var host = new AgentsTestHost { ExtraServices = services => services.AddSingleton<IInstanceLeadership>(leadership) };
        foreach (var (key, value) in settings)
        {
            host.With(key, value);
        }

        return host;
    }

    [Fact]
    public async Task AnInstanceThatDoesNotLeadTellsResidentsNothingButStillTellsItsConsoles()
    {
        await using var host = HostLed(new SwitchableLeadership(leading: false), ("Handoff:AcceptTimeoutMinutes", "10"));
        await using var sam = await host.ConnectAsAsync("sam");
        var changed = 0;
        sam.On("QueueChanged", () => Interlocked.Increment(ref changed));
        var first = await host.EnqueueAsync();
        var second = await host.EnqueueAsync();

        await host.Monitor.RefreshAsync();
        await Eventually.TrueAsync(() => Volatile.Read(ref changed) > 0, "the new chats pushed to the console");
        await host.Queue.TryAcceptAsync(first.Id, "sam", "Sam", 3);
        await host.Monitor.RefreshAsync();
        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.Monitor.RefreshAsync();

        Assert.Empty(host.Messenger.To(first.ConversationId));
        Assert.Empty(host.Messenger.To(second.ConversationId));
        Assert.Equal(HandoffStatus.Waiting, (await host.Queue.GetAsync(second.Id))!.Status); // the fallback is the leader's
        await Eventually.TrueAsync(() => Volatile.Read(ref changed) > 1, "the accepted chat pushed to the console");
    }

    [Fact]
    public async Task AnInstanceTakingOverTheLeadDoesNotRepeatTheQueuedNoticeButSendsTheNextPlaceChange()
    {
        var leadership = new SwitchableLeadership(leading: false);
        await using var host = HostLed(leadership);
        var first = await host.EnqueueAsync();
        var second = await host.EnqueueAsync();
        var third = await host.EnqueueAsync();
        await host.Monitor.RefreshAsync(); // another instance leads and has told them

        leadership.Leading = true;
        await host.Monitor.RefreshAsync();
        var afterTakeOver = new[] { first, second, third }.Sum(t => host.Messenger.To(t.ConversationId).Count);
        await host.Queue.TryAcceptAsync(first.Id, "sam", "Sam", 3);
        var fourth = await host.EnqueueAsync();
        await host.Monitor.RefreshAsync();

        Assert.Equal(0, afterTakeOver);
        Assert.Equal(["You are now next in the queue. Someone will be with you soon."], host.Messenger.TextsTo(second.ConversationId));
        Assert.Equal(["You are now number 2 in the queue. The wait is about 8 minutes."], host.Messenger.TextsTo(third.ConversationId));
        Assert.Contains("\"leave queue\"", Assert.Single(host.Messenger.TextsTo(fourth.ConversationId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInstanceThatLosesTheLeadStopsTellingResidents()
    {
        var leadership = new SwitchableLeadership(leading: true);
        await using var host = HostLed(leadership);
        var first = await host.EnqueueAsync();
        var second = await host.EnqueueAsync();
        await host.Monitor.RefreshAsync();
        var told = host.Messenger.To(second.ConversationId).Count;

        leadership.Leading = false;
        await host.Queue.TryAcceptAsync(first.Id, "sam", "Sam", 3);
        await host.Monitor.RefreshAsync();

        Assert.Equal(1, told);
        Assert.Equal(told, host.Messenger.To(second.ConversationId).Count);
    }

    [Fact]
    public async Task OutOfHoursAnInstanceTakingOverStillAppliesTheFallbackOnce()
    {
        var leadership = new SwitchableLeadership(leading: false);
        await using var host = HostLed(leadership, ("Handoff:OpeningHours:Opens", "18:00"), ("Handoff:OpeningHours:Closes", "23:00"));
        var ticket = await host.EnqueueAsync();
        await host.Monitor.RefreshAsync();

        leadership.Leading = true;
        await host.Monitor.RefreshAsync();
        await host.Monitor.RefreshAsync();

        Assert.Equal("out-of-hours", (await host.Queue.GetAsync(ticket.Id))!.Outcome);
        Assert.Single(host.Messenger.TextsTo(ticket.ConversationId), t => t.StartsWith("We have kept what you told us as a written report.", StringComparison.Ordinal));
    }
}
