namespace ChatTriage.Storage.Tests.Infrastructure;

/// <summary>The databases a test created, disposed together at the end of the test (xunit calls DisposeAsync).</summary>
public sealed class TestDatabases(DatabaseKind kind) : IAsyncLifetime
{
    private readonly List<TestDatabase> created = [];

    public async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var database = kind == DatabaseKind.Sqlite ? await TestDatabase.SqliteAsync(migrate) : await TestDatabase.PostgresAsync(migrate);
        created.Add(database);
        return database;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in created)
        {
            await database.DisposeAsync();
        }
    }
}
