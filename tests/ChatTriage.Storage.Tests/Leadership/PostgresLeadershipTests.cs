using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Leadership;
using ChatTriage.Storage.Postgres;
using ChatTriage.Storage.Tests.Infrastructure;
using Npgsql;

namespace ChatTriage.Storage.Tests.Leadership;

[RequiresPostgres]
public sealed class PostgresLeadershipTests : IAsyncLifetime
{
    private readonly TestDatabases databases = new(DatabaseKind.Postgres);
    private readonly List<PostgresLeadership> leaderships = [];

    [ContractFact]
    public async Task OfInstancesCheckingAtOnceOnOneDatabaseExactlyOneLeads()
    {
        var database = await databases.CreateAsync();
        var instances = Enumerable.Range(0, 4).Select(_ => Leadership(database.OpenInstance())).ToList();

        var first = await Task.WhenAll(instances.Select(i => Task.Run(async () => await i.IsLeaderAsync())));
        var second = await Task.WhenAll(instances.Select(i => Task.Run(async () => await i.IsLeaderAsync())));

        Assert.Single(first, leads => leads);
        Assert.Equal(first, second); // the leader keeps the lead and the others keep waiting
    }

    [ContractFact]
    public async Task WhenTheLeaderIsDisposedAnotherLeadsAtItsNextCheck()
    {
        var database = await databases.CreateAsync();
        var leader = Leadership(database.OpenInstance());
        var other = Leadership(database.OpenInstance());
        Assert.True(await leader.IsLeaderAsync());
        Assert.False(await other.IsLeaderAsync());

        await leader.DisposeAsync();

        Assert.True(await other.IsLeaderAsync());
        Assert.False(await leader.IsLeaderAsync());
    }

    [ContractFact]
    public async Task ALeaderWhoseConnectionDiesStopsLeadingAndAnotherTakesOver()
    {
        var database = await databases.CreateAsync();
        var leader = Leadership(database.OpenInstance());
        var other = Leadership(database.OpenInstance());
        Assert.True(await leader.IsLeaderAsync());
        Assert.False(await other.IsLeaderAsync());

        Assert.Equal(1, await TerminateLeaderSessionAsync(database.ConnectionString));

        Assert.False(await leader.IsLeaderAsync());
        Assert.True(await other.IsLeaderAsync());
        Assert.False(await leader.IsLeaderAsync()); // reconnected, and the lead is taken
    }

    [ContractFact]
    public async Task ALeaderThatStopsCheckingIsReleasedByTheServer()
    {
        var database = await databases.CreateAsync();
        var leader = Leadership(database.OpenInstance(), idleSessionTimeout: TimeSpan.FromSeconds(1));
        var other = Leadership(database.OpenInstance());
        Assert.True(await leader.IsLeaderAsync());
        Assert.False(await other.IsLeaderAsync());

        // The leader's host "vanishes": no more checks, its connection left open. The server ends the idle session.
        var freed = false;
        for (var i = 0; i < 100 && !freed; i++)
        {
            await Task.Delay(100);
            freed = await other.IsLeaderAsync();
        }

        Assert.True(freed);
        Assert.False(await leader.IsLeaderAsync());
    }

    [ContractFact]
    public async Task EachSchemaHasALeaderOfItsOwn()
    {
        var one = Leadership((await databases.CreateAsync()).OpenInstance());
        var two = Leadership((await databases.CreateAsync()).OpenInstance());

        Assert.True(await one.IsLeaderAsync());
        Assert.True(await two.IsLeaderAsync());
    }

    [ContractFact]
    public async Task AnUnreachableDatabaseMeansNotLeadingRatherThanAnError()
    {
        await using var unreachable = new PostgresDatabase("Host=127.0.0.1;Port=1;Username=nobody;Password=none;Timeout=2");
        var leadership = new PostgresLeadership(unreachable);
        leaderships.Add(leadership);

        Assert.False(await leadership.IsLeaderAsync());
        Assert.False(await leadership.IsLeaderAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var leadership in leaderships)
        {
            await leadership.DisposeAsync();
        }

        await databases.DisposeAsync();
    }

    private PostgresLeadership Leadership(Data.RelationalDatabase database, TimeSpan? idleSessionTimeout = null)
    {
        var leadership = new PostgresLeadership((PostgresDatabase)database, idleSessionTimeout: idleSessionTimeout);
        leaderships.Add(leadership);
        return leadership;
    }

    // Ends the session holding this schema's leadership lock, as a dropped connection or a restarted server would
    // (and waits for it to end, so the next check meets a dead connection).
    private static async Task<int> TerminateLeaderSessionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT COUNT(pg_terminate_backend(pid, 5000))::int FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 2
              AND classid::bigint = 1129598020
              AND objid::bigint = (hashtext(current_schema() || ':' || @name)::bigint & 4294967295)
            """,
            connection);
        command.Parameters.AddWithValue("name", PostgresLeadership.DefaultName);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
