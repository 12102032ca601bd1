using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Data;
using ChatTriage.Storage.Migrations;
using ChatTriage.Storage.Postgres;
using ChatTriage.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatTriage.Web.Tests.Scaling;

/// <summary>
/// A throw-away, migrated database: a SQLite file in a temp folder, or a PostgreSQL schema with a random name
/// (chosen through Search Path, as the app's storage reads it), dropped at the end.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly List<RelationalDatabase> opened = [];
    private readonly Func<Task> cleanUp;

    private ScratchDatabase(string provider, string connectionString, Func<Task> cleanUp)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.cleanUp = cleanUp;
    }

    /// <summary>Storage:Provider for an app on this database.</summary>
    public string Provider { get; }

    /// <summary>ConnectionStrings:&lt;Provider&gt; for an app on this database.</summary>
    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> SqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chattriage-scaling", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new ScratchDatabase("Sqlite", $"Data Source={Path.Combine(folder, "t.db")}", () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
        await new SqlMigrator(database.Open()).MigrateAsync();
        return database;
    }

    public static async Task<ScratchDatabase> PostgresAsync()
    {
        var baseConnection = RequiresPostgresAttribute.ConnectionString;
        var schema = "scaling_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(baseConnection, $"CREATE SCHEMA {schema}");
        var connectionString = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema, MaxPoolSize = 20 }.ConnectionString;
        var database = new ScratchDatabase("Postgres", connectionString, () => ExecuteAsync(baseConnection, $"DROP SCHEMA {schema} CASCADE"));
        await new SqlMigrator(database.Open()).MigrateAsync();
        return database;
    }

    /// <summary>A new instance on this database (its own pool), as another app instance would have.</summary>
    public RelationalDatabase Open()
    {
        RelationalDatabase database = Provider == "Postgres" ? new PostgresDatabase(ConnectionString) : new SqliteDatabase(ConnectionString);
        opened.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in opened.OfType<IAsyncDisposable>())
        {
            await database.DisposeAsync();
        }

        await cleanUp();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
