using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Bot.Tests.Reports;
using ChatTriage.Storage.Postgres;
using ChatTriage.Storage.Reports;
using ChatTriage.Storage.Sqlite;
using ChatTriage.Storage.Tests.Infrastructure;
using Npgsql;

namespace ChatTriage.Storage.Tests.Reports;

/// <summary>The report store contract on a database, plus references unique across app instances.</summary>
public abstract class SqlReportStoreTests(DatabaseKind kind) : ReportStoreContractTests, IAsyncLifetime
{
    private readonly TestDatabases databases = new(kind);

    protected override async Task<IReportStore> CreateStoreAsync() => new SqlReportStore((await databases.CreateAsync()).Database);

    [ContractFact]
    public async Task ReferencesAreUniqueAcrossInstancesSubmittingAtOnce()
    {
        var database = await databases.CreateAsync();
        var stores = Enumerable.Range(0, 3).Select(_ => new SqlReportStore(database.OpenInstance())).ToList();

        var stored = await Task.WhenAll(Enumerable.Range(0, 30)
            .Select(i => Task.Run(() => stores[i % stores.Count].SubmitAsync(Crime(Now, $"c{i}")))));

        Assert.Equal(30, stored.Select(s => s.Reference).Distinct().Count());
        Assert.All(stored, s => Assert.True(ReportReference.IsValid(s.Reference)));
    }

    // Each "instance" gets a pool of 20 connections, as a deployed instance has a bounded pool: the thousand
    // submissions queue for connections rather than exhausting the server's connection slots.
    private PooledDatabase PooledInstance(TestDatabase database) => new(kind == DatabaseKind.Postgres
        ? new PostgresDatabase(new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 20 }.ConnectionString)
        : new SqliteDatabase(database.ConnectionString));

    [ContractFact]
    public async Task AThousandReportsFromTwoInstancesAtOnceGetAThousandReferences()
    {
        var database = await databases.CreateAsync();
        await using var first = PooledInstance(database);
        await using var second = PooledInstance(database);
        var stores = new[] { new SqlReportStore(first.Database), new SqlReportStore(second.Database) };

        var stored = await Task.WhenAll(Enumerable.Range(0, 1000)
            .Select(i => Task.Run(() => stores[i % 2].SubmitAsync(Crime(Now, $"c{i}")))));

        Assert.Equal(1000, stored.Select(s => s.Reference).Distinct().Count());
        Assert.All(stored, s => Assert.True(ReportReference.IsValid(s.Reference)));
    }

    [ContractFact]
    public async Task OneReportSubmittedAtOnceOnTwoInstancesIsStoredOnce()
    {
        var database = await databases.CreateAsync();
        var stores = new[] { new SqlReportStore(database.Database), new SqlReportStore(database.OpenInstance()) };

        var stored = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => stores[i % 2].SubmitAsync(Crime(Now)))));

        var reference = Assert.Single(stored.Select(s => s.Reference).Distinct());
        Assert.NotNull(await stores[0].FindAsync(reference));
        Assert.Equal(1, await CountAsync(database));
    }

    [ContractFact]
    public async Task TheSequenceCarriesOnAfterAReopen()
    {
        var database = await databases.CreateAsync();
        var first = await new SqlReportStore(database.Database).SubmitAsync(Crime(Now));

        var second = await new SqlReportStore(database.OpenInstance()).SubmitAsync(Crime(Now, "c2"));

        Assert.NotEqual(first.Reference, second.Reference);
        Assert.NotNull(await new SqlReportStore(database.OpenInstance()).FindAsync(first.Reference));
    }

    private static async Task<long> CountAsync(TestDatabase database)
    {
        await using var connection = await database.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM reports";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
