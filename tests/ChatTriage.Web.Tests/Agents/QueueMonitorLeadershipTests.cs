using ChatTriage.Bot.Handoff;
using ChatTriage.Storage.Leadership;
using ChatTriage.Web.Agents.Hub;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>Several instances share one queue: only the leading instance's monitor tells residents anything.</summary>
public sealed class QueueMonitorLeadershipTests
{
    private static AgentsTestHost HostLed(SwitchableLeadership leadership, params (string Key, string Value)[] settings)
    {
        // The background poll never comes due: these tests hand the lead over between checks, not during one.
        var host = new AgentsTestHost { ExtraServices = services => services.AddSingleton<IInstanceLeadership>(leadership) }
            .With("Handoff:QueuePollSeconds", "86400");
        foreach (var (key, value) in settings)
        {
            host.With(key, value);
        }

        return host;
    }

    [Fact]
    public async Task AnInstanceThatDoesNotLeadTellsResidentsNothingButStillTellsItsConsoles()
    {
        // The consoles this instance serves, seen where the monitor calls them (the hub's own delivery is AgentHubTests').
        var consoles = new Mock<IAgentClient>();
        consoles.Setup(c => c.QueueChanged()).Returns(Task.CompletedTask);
        var clients = new Mock<IHubClients<IAgentClient>>();
        clients.Setup(c => c.Group(It.IsAny<string>())).Returns(consoles.Object);
        var hub = new Mock<IHubContext<AgentHub, IAgentClient>>();
        hub.Setup(h => h.Clients).Returns(clients.Object);
        await using var host = HostLed(new SwitchableLeadership(leading: false), ("Handoff:AcceptTimeoutMinutes", "10"));
        host.ExtraServices += services => services.AddSingleton(hub.Object);
        var first = await host.EnqueueAsync();
        var second = await host.EnqueueAsync();

        await host.Monitor.RefreshAsync();
        var toldOfNewChats = CallsTo(consoles);
        await host.Queue.TryAcceptAsync(first.Id, "sam", "Sam", 3);
        await host.Monitor.RefreshAsync();
        var toldOfAcceptedChat = CallsTo(consoles);
        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.Monitor.RefreshAsync();

        Assert.Empty(host.Messenger.To(first.ConversationId));
        Assert.Empty(host.Messenger.To(second.ConversationId));
        Assert.Equal(HandoffStatus.Waiting, (await host.Queue.GetAsync(second.Id))!.Status); // the fallback is the leader's
        Assert.True(toldOfNewChats > 0);
        Assert.True(toldOfAcceptedChat > toldOfNewChats);
    }

    private static int CallsTo(Mock<IAgentClient> consoles) =>
        consoles.Invocations.Count(i => i.Method.Name == nameof(IAgentClient.QueueChanged));

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
        var told = host.Messenger.TextsTo(second.ConversationId);

        leadership.Leading = false;
        await host.Queue.TryAcceptAsync(first.Id, "sam", "Sam", 3);
        await host.Monitor.RefreshAsync();

        Assert.Contains("\"leave queue\"", Assert.Single(told), StringComparison.Ordinal);
        Assert.Equal(told, host.Messenger.TextsTo(second.ConversationId));
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
