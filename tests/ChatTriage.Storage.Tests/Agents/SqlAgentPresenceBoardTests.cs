using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Agents;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Agents;

/// <summary>The shared presence board on a database: every instance's agents, each once, until an instance goes quiet.</summary>
public abstract class SqlAgentPresenceBoardTests(DatabaseKind kind) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly PresentAgent Sam = new("sam", "Sam Agent", false);
    private static readonly PresentAgent Priya = new("priya", "Priya Supervisor", true);

    private readonly TestDatabases databases = new(kind);

    [ContractFact]
    public async Task AgentsPublishedByTwoInstancesAreBothListedOnce()
    {
        var database = await databases.CreateAsync();
        await new SqlAgentPresenceBoard(database.Database).PublishAsync("a", [Sam], Now);
        await new SqlAgentPresenceBoard(database.OpenInstance()).PublishAsync("b", [Priya, Sam], Now);

        var listed = await new SqlAgentPresenceBoard(database.Database).ListAsync(Now.AddSeconds(-30));

        Assert.Equal([Priya, Sam], listed.OrderBy(a => a.Id));
    }

    [ContractFact]
    public async Task PublishingAgainReplacesWhatTheInstancePublishedBefore()
    {
        var board = new SqlAgentPresenceBoard((await databases.CreateAsync()).Database);
        await board.PublishAsync("a", [Sam, Priya], Now);

        await board.PublishAsync("a", [Priya], Now.AddSeconds(10));

        Assert.Equal([Priya], await board.ListAsync(Now));
    }

    [ContractFact]
    public async Task AnInstanceThatStoppedPublishingOrWasRemovedDropsOff()
    {
        var board = new SqlAgentPresenceBoard((await databases.CreateAsync()).Database);
        await board.PublishAsync("quiet", [Sam], Now.AddMinutes(-5));
        await board.PublishAsync("stopping", [Priya], Now);

        await board.RemoveInstanceAsync("stopping");

        Assert.Empty(await board.ListAsync(Now.AddSeconds(-30)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
