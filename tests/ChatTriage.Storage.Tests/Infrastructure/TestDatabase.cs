using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Data;
using ChatTriage.Storage.Migrations;
using ChatTriage.Storage.Postgres;
using ChatTriage.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatTriage.Storage.Tests.Infrastructure;

/// <summary>
/// A throw-away database for one test: a SQLite file in a temp folder, or a PostgreSQL schema with a random
/// name (so runs never collide), dropped afterwards. <see cref="OpenInstance"/> gives another
/// "app instance" on the same data.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<RelationalDatabase> instances = [];
    private readonly Func<RelationalDatabase> open;
    private readonly Func<Task> cleanUp;

    private TestDatabase(Func<RelationalDatabase> open, Func<Task> cleanUp, string connectionString)
    {
        this.open = open;
        this.cleanUp = cleanUp;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string an app instance would be configured with.</summary>
    public string ConnectionString { get; }

    public static async Task<TestDatabase> SqliteAsync(bool migrate = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chattriage-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "data", "test.db");
        var database = new TestDatabase(
            () => new SqliteDatabase($"Data Source={file}"),
            () =>
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            },
            $"Data Source={file}");
        return await database.PrepareAsync(migrate);
    }

    public static async Task<TestDatabase> PostgresAsync(bool migrate = true)
    {
        var baseConnection = RequiresPostgresAttribute.ConnectionString;
        var schema = "test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(baseConnection, $"CREATE SCHEMA {schema}");
        var connectionString = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema }.ConnectionString;
        var database = new TestDatabase(
            () => new PostgresDatabase(connectionString),
            () => ExecuteAsync(baseConnection, $"DROP SCHEMA {schema} CASCADE"),
            connectionString);
        return await database.PrepareAsync(migrate);
    }

    /// <summary>The first instance's database.</summary>
    public RelationalDatabase Database => instances[0];

    /// <summary>Another instance on the same data (its own connection pool), as a second app instance would have.</summary>
    public RelationalDatabase OpenInstance()
    {
        var instance = open();
        instances.Add(instance);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances.OfType<IAsyncDisposable>())
        {
            await instance.DisposeAsync();
        }

        await cleanUp();
    }

    private async Task<TestDatabase> PrepareAsync(bool migrate)
    {
        var first = OpenInstance();
        if (migrate)
        {
            await new SqlMigrator(first).MigrateAsync();
        }

        return this;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
