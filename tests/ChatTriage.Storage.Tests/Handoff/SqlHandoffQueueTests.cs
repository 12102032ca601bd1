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
    public async Task InstancesEndingOneTicketAtOnceHaveExactlyOneWinner()
    {
        var database = await databases.CreateAsync();
        var queues = Enumerable.Range(0, 6).Select(_ => new SqlHandoffQueue(database.OpenInstance(), Clock)).ToList();
        var tickets = new List<HandoffTicket>();
        for (var i = 0; i < 5; i++)
        {
            tickets.Add(await queues[0].EnqueueAsync(Request("c" + i)));
        }

        // Every instance (two callers each) tries to end every ticket, as every queue monitor once did at a timeout.
        var attempts = tickets.SelectMany(ticket => queues.SelectMany(queue => Enumerable.Range(0, 2).Select(_ =>
            Task.Run(async () => (ticket.Id, Ended: await queue.EndIfOpenAsync(ticket.Id, HandoffStatus.Expired, "no-agent-in-time", onlyWhileWaiting: true)))))).ToList();
        var results = await Task.WhenAll(attempts);

        foreach (var ticket in tickets)
        {
            var winner = Assert.Single(results, r => r.Id == ticket.Id && r.Ended is not null);
            Assert.Equal(winner.Ended, await queues[5].GetAsync(ticket.Id));
        }
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
