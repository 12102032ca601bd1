using System.Data.Common;
using ChatTriage.Storage.Data;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace ChatTriage.Storage.State;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on SQLite or PostgreSQL, with MemoryStorage's ETag rules: a store item
/// written with a stale ETag throws <see cref="StorageConflictException"/>; "*", null or empty overwrites.
/// State dictionaries (ConversationState, UserState) get the same rule through an "eTag" entry put in on read.
/// Each write is one conditional upsert (one round trip for a turn's state); a batch of several is one
/// transaction, written in key order so two batches cannot deadlock.
/// </summary>
public sealed class SqlStorage(RelationalDatabase database, JsonSerializer? serializer = null, TimeProvider? timeProvider = null) : IStorage
{
    private readonly JsonSerializer json = serializer ?? StateJson.CreateDefaultSerializer();
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return items;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        command.CommandText = $"SELECT state_key, json, etag FROM bot_state WHERE state_key IN ({KeyList(command, keys)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var value = StateJson.Read(reader.GetString(1), reader.GetString(2), json);
            if (value is not null)
            {
                items[reader.GetString(0)] = value;
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        // Serialised before the connection opens, so the write itself (it holds SQLite's single write lock) is short.
        var prepared = changes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Prepare(c.Key, c.Value)).ToList();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (prepared.Count == 1)
        {
            // One statement is atomic on its own: no transaction, so PostgreSQL needs one round trip.
            await WriteOneAsync(connection, null, prepared[0], cancellationToken).ConfigureAwait(false);
            return;
        }

        var written = new List<Change>(prepared.Count);
        await using (var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            foreach (var change in prepared)
            {
                if (await WriteOneAsync(connection, transaction, change, cancellationToken, applyETag: false).ConfigureAwait(false))
                {
                    written.Add(change);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var change in written)
        {
            StateJson.Written(change.Value!, change.NewETag);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        command.CommandText = $"DELETE FROM bot_state WHERE state_key IN ({KeyList(command, keys)})";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string KeyList(DbCommand command, string[] keys)
    {
        var names = new List<string>(keys.Length);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var name = "@k" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.With(name, key);
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    /// <summary>A change ready to write: its JSON, the ETag the writer read and the one it will write; no JSON for a delete.</summary>
    private Change Prepare(string key, object? value)
    {
        if (value is null)
        {
            return new Change(key, null, null, null, string.Empty);
        }

        var newETag = Guid.NewGuid().ToString("N");
        var (stateJson, expected) = StateJson.Prepare(value, json, newETag);
        return new Change(key, value, stateJson, expected, newETag);
    }

    /// <summary>Deletes (null) or upserts one key, failing on a stale ETag; true when it upserted.</summary>
    private async Task<bool> WriteOneAsync(
        DbConnection connection, DbTransaction? transaction, Change change, CancellationToken cancellationToken, bool applyETag = true)
    {
        if (change.Value is null)
        {
            await DeleteKeyAsync(connection, transaction, change.Key, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var expected = change.Expected;
        var mustBeNew = expected == StateJson.MustBeNew;
        var conditional = !mustBeNew && StateJson.IsConditional(expected);

        // A new key is written (unless it must be new and is not); an existing one only while its ETag is still the one the writer read.
        var onConflict = mustBeNew
            ? "DO NOTHING"
            : "DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at" + (conditional ? " WHERE bot_state.etag = @expected" : string.Empty);
        await using var upsert = connection.Command(
            $"""
            INSERT INTO bot_state (state_key, etag, json, updated_at) VALUES (@key, @etag, {database.JsonParameter("@json")}, @at)
            ON CONFLICT (state_key) {onConflict}
            """,
            transaction);
        upsert.With("@key", change.Key).With("@etag", change.NewETag).With("@json", database.JsonValue(change.Json!)).With("@at", database.ToDb(clock.GetUtcNow()));
        if (conditional)
        {
            upsert.With("@expected", expected!);
        }

        if (await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            var current = await CurrentETagAsync(connection, transaction, change.Key, cancellationToken).ConfigureAwait(false);
            throw StorageConflictException.ForKey(change.Key, expected!, current ?? "(deleted)");
        }

        if (applyETag)
        {
            StateJson.Written(change.Value, change.NewETag);
        }

        return true;
    }

    private static async Task<string?> CurrentETagAsync(DbConnection connection, DbTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using var select = connection.Command("SELECT etag FROM bot_state WHERE state_key = @key", transaction);
        select.With("@key", key);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async Task DeleteKeyAsync(DbConnection connection, DbTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using var delete = connection.Command("DELETE FROM bot_state WHERE state_key = @key", transaction);
        delete.With("@key", key);
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record Change(string Key, object? Value, string? Json, string? Expected, string NewETag);
}
