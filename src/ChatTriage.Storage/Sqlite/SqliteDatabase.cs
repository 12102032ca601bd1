using System.Data.Common;
using ChatTriage.Storage.Data;
using ChatTriage.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace ChatTriage.Storage.Sqlite;

/// <summary>
/// An embedded SQLite database file (the single-instance default). WAL journal so readers never block the
/// writer, a busy timeout so competing writers wait rather than fail, and the file's folder created if missing.
/// </summary>
public sealed class SqliteDatabase : RelationalDatabase
{
    /// <summary>The connection string used when none is configured.</summary>
    public const string DefaultConnectionString = "Data Source=data/chattriage.db";

    private const int BusyTimeoutMilliseconds = 30_000;

    // The WAL journal mode is kept in the file itself: setting it once per process is enough, and the other pragmas
    // (kept by a pooled connection, but there is no telling a pooled one from a new one) go in one round trip.
    private volatile bool walSet;

    public SqliteDatabase(string? connectionString = null)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        ConnectionString = builder.ToString();
    }

    public string ConnectionString { get; }

    public override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public override string ForUpdate => string.Empty;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = walSet
                ? $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
                : $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            walSet = true;
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task LockAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public override async Task<long> NextReportSequenceAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE report_sequence SET value = value + 1 WHERE id = 1 RETURNING value";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string JsonParameter(string parameterName) => parameterName;

    public override object ToDb(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
