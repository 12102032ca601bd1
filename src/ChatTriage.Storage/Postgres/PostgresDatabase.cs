using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using ChatTriage.Storage.Data;
using ChatTriage.Storage.Migrations;
using Npgsql;

namespace ChatTriage.Storage.Postgres;

/// <summary>
/// A PostgreSQL database shared by several app instances. Tables live in the connection's search path
/// (<c>public</c> unless <c>Search Path</c> is set), which lets test runs use a schema of their own.
/// </summary>
public sealed partial class PostgresDatabase(string connectionString) : RelationalDatabase, IAsyncDisposable, IDisposable
{
    // First key of every advisory lock we take, so ours never collide with another application's.
    private const int AdvisoryLockNamespace = 0x43545249; // "CTRI"

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public override string ForUpdate => " FOR UPDATE";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// A connection of its own, outside the pool, for a session that must live exactly as long as the connection (a
    /// session-level advisory lock): closing it ends the session, and a pooled connection would keep it alive idle.
    /// </summary>
    public async Task<NpgsqlConnection> OpenDedicatedAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var seconds = (int)Math.Max(1, Math.Ceiling(timeout.TotalSeconds));
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = seconds, CommandTimeout = seconds };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(@ns, hashtext(current_schema() || ':' || @name))",
            (NpgsqlConnection)connection,
            (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("ns", AdvisoryLockNamespace);
        command.Parameters.AddWithValue("name", name);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<long> NextReportSequenceAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand("SELECT nextval('report_sequence')", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public override string JsonParameter(string parameterName) => $"CAST({parameterName} AS jsonb)";

    /// <summary>
    /// jsonb refuses the escaped NUL character (\u0000), so a message carrying one would fail its whole turn.
    /// It never means anything in a chat, so it becomes U+FFFD (the replacement character). An escaped
    /// backslash followed by "u0000" is text, not a NUL, and is left alone.
    /// </summary>
    public override string JsonValue(string json) =>
        json.Contains("\\u0000", StringComparison.Ordinal) ? EscapedNul().Replace(json, "$1\\ufffd") : json;

    public override object ToDb(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    [GeneratedRegex(@"(?<!\\)((?:\\\\)*)\\u0000")]
    private static partial Regex EscapedNul();

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();
}
