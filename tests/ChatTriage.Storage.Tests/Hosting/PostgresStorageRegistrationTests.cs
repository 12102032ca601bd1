using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Handoff;
using ChatTriage.Storage.Hosting;
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

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
