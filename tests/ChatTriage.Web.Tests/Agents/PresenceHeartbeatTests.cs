using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Auth;
using ChatTriage.Web.Agents.Hub;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>Two instances sharing one presence board: each sees the other's agents after a beat, and loses them when that instance stops beating.</summary>
public sealed class PresenceHeartbeatTests
{
    private static readonly AgentIdentity Sam = new("sam", "Sam Agent", false);
    private static readonly AgentIdentity Priya = new("priya", "Priya Supervisor", true);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAgentPresenceBoard board = new();

    [Fact]
    public async Task AnAgentOnOneInstanceIsOnlineOnTheOtherAfterABeat()
    {
        var (a, beatA) = Instance();
        var (b, beatB) = Instance();
        a.Connected(Sam);
        b.Connected(Priya);

        Assert.DoesNotContain(Sam, b.Online());
        await beatA.BeatAsync();
        await beatB.BeatAsync();

        Assert.Equal([Priya, Sam], b.Online());
        await beatA.BeatAsync();
        Assert.Equal([Priya, Sam], a.Online());
    }

    [Fact]
    public async Task AnInstanceThatStopsBeatingDropsOffAndALeavingAgentGoesAtTheNextBeat()
    {
        var (a, beatA) = Instance();
        var (b, beatB) = Instance();
        a.Connected(Sam);
        b.Connected(Priya);
        await beatA.BeatAsync();
        await beatB.BeatAsync();

        clock.Advance(PresenceHeartbeat.Period * 4);
        await beatB.BeatAsync();
        Assert.Equal([Priya], b.Online());

        await beatA.BeatAsync();
        Assert.Equal([Priya, Sam], a.Online());
        b.Disconnected(Priya);
        await beatB.BeatAsync();
        await beatA.BeatAsync();
        Assert.Equal([Sam], a.Online());
    }

    [Fact]
    public void TwoConsolesOfOneAgentCountAsOneAndTheAgentLeavesWithTheLast()
    {
        var (a, _) = Instance();
        a.Connected(Sam);
        a.Connected(Sam);

        a.Disconnected(Sam);
        Assert.Equal([Sam], a.Online());
        a.Disconnected(Sam);
        Assert.Empty(a.Online());
    }

    private (AgentPresence Presence, PresenceHeartbeat Heartbeat) Instance()
    {
        var presence = new AgentPresence();
        return (presence, new PresenceHeartbeat(presence, board, clock, NullLogger<PresenceHeartbeat>.Instance));
    }
}
