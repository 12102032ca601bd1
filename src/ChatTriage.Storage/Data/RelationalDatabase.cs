using System.Data.Common;
using ChatTriage.Storage.Migrations;

namespace ChatTriage.Storage.Data;

/// <summary>
/// What the SQL stores need from a database engine: connections, a write transaction that serialises
/// competing writers, and the few places where SQLite and PostgreSQL SQL differ.
/// </summary>
public abstract class RelationalDatabase
{
    /// <summary>The ordered schema migrations for this engine.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Opens a connection ready for use.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Begins a transaction for changes (SQLite: BEGIN IMMEDIATE, so writers queue instead of failing).</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>
    /// Serialises transactions that use the same <paramref name="name"/> until the transaction ends
    /// (PostgreSQL: a transaction-level advisory lock; SQLite: nothing, as BEGIN IMMEDIATE already holds the write lock).
    /// </summary>
    public abstract Task LockAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken = default);

    /// <summary>The next report sequence number, allocated inside <paramref name="transaction"/>.</summary>
    public abstract Task<long> NextReportSequenceAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default);

    /// <summary>A SQL expression for a parameter that holds JSON text for a jsonb column (PostgreSQL casts it).</summary>
    public abstract string JsonParameter(string parameterName);

    /// <summary>JSON text as the engine can store it in a jsonb column (see <see cref="Postgres.PostgresDatabase"/>).</summary>
    public virtual string JsonValue(string json) => json;

    /// <summary>Appended to a SELECT to lock the rows read until the transaction ends, where the engine supports it.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>The value to bind for a moment in time.</summary>
    public abstract object ToDb(DateTimeOffset value);

    /// <summary>Reads a moment in time written with <see cref="ToDb(DateTimeOffset)"/>.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    public object ToDbNullable(DateTimeOffset? value) => value is null ? DBNull.Value : ToDb(value.Value);
}
