using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Handoff;
using ChatTriage.Storage.Hosting;
using ChatTriage.Storage.Leadership;
using ChatTriage.Storage.Migrations;
using ChatTriage.Storage.Postgres;
using ChatTriage.Storage.State;
using ChatTriage.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatTriage.Storage.Tests.Hosting;

[RequiresPostgres]
public sealed class PostgresStorageRegistrationTests : IAsyncLifetime
{
    private readonly TestDatabases databases = new(DatabaseKind.Postgres);

    [ContractFact]
    public async Task TwoHostsStartingTogetherOnPostgresMigrateAndShareTheQueue()
    {
        var database = await databases.CreateAsync(migrate: false);
        var hosts = Enumerable.Range(0, 2).Select(_ =>
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollection(
            [
                KeyValuePair.Create<string, string?>("Storage:Provider", "Postgres"),
                KeyValuePair.Create<string, string?>("ConnectionStrings:Postgres", database.ConnectionString),
            ]);
            builder.Services.AddChatTriageStorage(builder.Configuration);
            return builder.Build();
        }).ToList();

        await Task.WhenAll(hosts.Select(h => h.StartAsync()));
        var first = hosts[0].Services.GetRequiredService<IHandoffQueue>();
        var second = hosts[1].Services.GetRequiredService<IHandoffQueue>();
        var ticket = await first.EnqueueAsync(new HandoffRequest("c1", "{}", "share-information", "step4", "summary", "{}"));

        Assert.IsType<SqlHandoffQueue>(second);
        Assert.IsType<SqlStorage>(hosts[1].Services.GetRequiredService<IStorage>());
        Assert.Equal(ticket, await second.GetAsync(ticket.Id));
        Assert.Equal(PostgresMigrations.All.Max(m => m.Version), await hosts[1].Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync());

        foreach (var host in hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }
    }

    [ContractFact]
    public async Task TwoHostsOnPostgresHaveOneLeaderAndTheOtherLeadsOnceTheLeaderStops()
    {
        var database = await databases.CreateAsync();
        var hosts = Enumerable.Range(0, 2).Select(_ => PostgresHost(database.ConnectionString)).ToList();
        await Task.WhenAll(hosts.Select(h => h.StartAsync()));
        var leaderships = hosts.Select(h => h.Services.GetRequiredService<IInstanceLeadership>()).ToList();

        var leads = new[] { await leaderships[0].IsLeaderAsync(), await leaderships[1].IsLeaderAsync() };
        var leader = Array.IndexOf(leads, true);
        var other = 1 - leader;
        await hosts[leader].StopAsync();
        await ((IAsyncDisposable)hosts[leader]).DisposeAsync();

        Assert.Single(leads, l => l);
        Assert.IsType<PostgresLeadership>(leaderships[other]);
        Assert.True(await leaderships[other].IsLeaderAsync());
        await hosts[other].StopAsync();
        hosts[other].Dispose();
    }

    private static IHost PostgresHost(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
        [
            KeyValuePair.Create<string, string?>("Storage:Provider", "Postgres"),
            KeyValuePair.Create<string, string?>("ConnectionStrings:Postgres", connectionString),
        ]);
        builder.Services.AddChatTriageStorage(builder.Configuration);
        return builder.Build();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
