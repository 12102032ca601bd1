using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Leadership;
using ChatTriage.Storage.Postgres;
using ChatTriage.Web.Tests.Scaling;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>
/// Two app instances on one queue, electing their leader on PostgreSQL as the app does: each waiting resident hears
/// everything once, and when the leader stops the other carries on without repeating itself.
/// </summary>
[RequiresPostgres]
public sealed class TwoInstanceQueueMonitorTests
{
    private const string QueuedNotice = "\"leave queue\"";

    [ContractFact]
    public async Task EachQueuedResidentIsToldOnceAndTheSecondInstanceTakesOverWithoutRepeating()
    {
        await using var database = await ScratchDatabase.PostgresAsync();
        var first = new AgentsTestHost
        {
            // A factory, so the host disposes it when it stops, as the app's registration does.
            ExtraServices = s => s.AddSingleton<IInstanceLeadership>(_ => new PostgresLeadership((PostgresDatabase)database.Open())),
        }.With("Handoff:QueuePollSeconds", "86400"); // the test runs the checks itself
        _ = first.Services;
        var second = new AgentsTestHost
        {
            ExtraServices = s =>
            {
                s.AddSingleton<Bot.Handoff.IHandoffQueue>(first.Queue); // one queue, as the shared database gives both instances
                s.AddSingleton<IInstanceLeadership>(_ => new PostgresLeadership((PostgresDatabase)database.Open()));
            },
        }.With("Handoff:QueuePollSeconds", "86400");
        AgentsTestHost[] hosts = [first, second];
        try
        {
            var tickets = new[] { await first.EnqueueAsync(), await first.EnqueueAsync(), await first.EnqueueAsync() };

            await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Monitor.RefreshAsync())));
            await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Monitor.RefreshAsync())));
            await first.Queue.TryAcceptAsync(tickets[0].Id, "sam", "Sam", 3);
            await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Monitor.RefreshAsync())));

            var leader = Array.FindIndex(hosts, h => h.Messenger.To(tickets[1].ConversationId).Count > 0);
            Assert.NotEqual(-1, leader);
            var other = hosts[1 - leader];
            Assert.Empty(other.Messenger.To(tickets[1].ConversationId));
            Assert.Single(hosts[leader].Messenger.TextsTo(tickets[1].ConversationId), t => t.Contains(QueuedNotice, StringComparison.Ordinal));
            Assert.Single(hosts[leader].Messenger.TextsTo(tickets[1].ConversationId), t => t.StartsWith("You are now next in the queue.", StringComparison.Ordinal));

            await hosts[leader].DisposeAsync(); // the leader stops; its lead is released

            // The server frees the lock when the stopped leader's session ends: wait until the other leads, then let
            // it take over (it records everyone's place without telling them again).
            var lead = other.Services.GetRequiredService<IInstanceLeadership>();
            for (var tries = 0; tries < 100 && !await lead.IsLeaderAsync(); tries++)
            {
                await Task.Delay(100);
            }

            await other.Monitor.RefreshAsync();
            await first.Queue.TryAcceptAsync(tickets[1].Id, "alex", "Alex", 3);
            await other.Monitor.RefreshAsync();

            var third = other.Messenger.TextsTo(tickets[2].ConversationId);
            Assert.Equal(["You are now next in the queue. Someone will be with you soon."], third);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }
}
