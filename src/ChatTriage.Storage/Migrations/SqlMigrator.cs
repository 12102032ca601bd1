using System.Globalization;
using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.Migrations;

/// <summary>
/// Applies a database's ordered migrations and records each in <c>schema_version</c>. Idempotent, and safe when
/// several instances start at once: all of it runs in one write transaction under a lock (PostgreSQL advisory
/// lock, SQLite BEGIN IMMEDIATE), so the second instance waits and then finds nothing left to do.
/// </summary>
public sealed class SqlMigrator(RelationalDatabase database, TimeProvider? timeProvider = null) : IDatabaseMigrator
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    /// <summary>When set, runs only the migrations up to this version (used to build an older schema in tests).</summary>
    public int? TargetVersion { get; init; }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var migrations = database.Migrations
            .Where(m => TargetVersion is null || m.Version <= TargetVersion)
            .OrderBy(m => m.Version)
            .ToList();

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await database.LockAsync(connection, transaction, "schema-migration", cancellationToken).ConfigureAwait(false);

        await using (var create = connection.Command(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int current;
        await using (var read = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction))
        {
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await using (var apply = connection.Command(migration.Sql, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.Command(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", transaction))
            {
                record.With("@version", migration.Version)
                    .With("@name", migration.Name)
                    .With("@at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            current = migration.Version;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return current;
    }
}
