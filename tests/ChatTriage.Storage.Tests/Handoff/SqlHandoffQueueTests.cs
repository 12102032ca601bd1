using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Bot.Tests.Handoff;
using ChatTriage.Storage.Handoff;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Handoff;

/// <summary>The handoff queue contract on a database, plus what only a shared database can show: several instances.</summary>
public abstract class SqlHandoffQueueTests(DatabaseKind kind) : HandoffQueueContractTests, IAsyncLifetime
{
    private readonly TestDatabases databases = new(kind);

    protected override async Task<IHandoffQueue> CreateQueueAsync() => new SqlHandoffQueue((await databases.CreateAsync()).Database, Clock);

    [ContractFact]
    public async Task AgentsOnDifferentInstancesAcceptingAtOnceHaveOneWinner()
    {
        var database = await databases.CreateAsync();
        var queues = Enumerable.Range(0, 4).Select(_ => new SqlHandoffQueue(database.OpenInstance(), Clock)).ToList();
        var ticket = await queues[0].EnqueueAsync(Request("c1"));

        var results = await Task.WhenAll(queues.Select((queue, i) => Task.Run(() => queue.TryAcceptAsync(ticket.Id, $"agent-{i}", $"Agent {i}", 3))));

        Assert.Single(results, r => r.Accepted);
        Assert.Single(await queues[3].ListAssignedAsync());
    }

    [ContractFact]
    public async Task EnqueueingOneConversationFromTwoInstancesAtOnceMakesOneTicket()
    {
        var database = await databases.CreateAsync();
        var first = new SqlHandoffQueue(database.OpenInstance(), Clock);
        var second = new SqlHandoffQueue(database.OpenInstance(), Clock);

        var tickets = await Task.WhenAll(
            Task.Run(() => first.EnqueueAsync(Request("c1"))),
            Task.Run(() => second.EnqueueAsync(Request("c1"))));

        Assert.Equal(tickets[0].Id, tickets[1].Id);
        Assert.Single(await first.ListWaitingAsync());
    }

    [ContractFact]
    public async Task TicketsSurviveAReopenOfTheDatabase()
    {
        var database = await databases.CreateAsync();
        var ticket = await new SqlHandoffQueue(database.Database, Clock).EnqueueAsync(Request("c1", urgent: true));

        var reopened = new SqlHandoffQueue(database.OpenInstance(), Clock);

        Assert.Equal(ticket, await reopened.GetAsync(ticket.Id));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
