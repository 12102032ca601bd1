using System.Globalization;
using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.DirectLine;

/// <summary>
/// Direct Line conversations and their append-only activity logs on SQLite or PostgreSQL, shared by every instance.
/// The next sequence comes from an UPDATE of the conversation row inside the write transaction: PostgreSQL makes a
/// second writer wait on the row lock and then see the new value, SQLite serialises writers (BEGIN IMMEDIATE), so
/// sequences are gap-free and unique under concurrency across instances. The primary key (conversation, sequence)
/// is the last line of defence.
/// </summary>
public sealed class SqlDirectLineLog(RelationalDatabase database)
{
    /// <summary>Adds a conversation; false when one with this id exists.</summary>
    public async Task<bool> TryCreateConversationAsync(DirectLineConversationRow conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.Command(
            """
            INSERT INTO directline_conversations (id, user_id, created_at, started, last_sequence, last_timestamp)
            VALUES (@id, @user, @created, @started, 0, NULL) ON CONFLICT (id) DO NOTHING
            """)
            .With("@id", conversation.Id)
            .With("@user", conversation.UserId)
            .With("@created", database.ToDb(conversation.Created))
            .With("@started", conversation.Started);
        return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<DirectLineConversationRow?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command("SELECT id, user_id, created_at, started FROM directline_conversations WHERE id = @id")
            .With("@id", conversationId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new DirectLineConversationRow(reader.GetString(0), reader.GetString(1), database.ReadTime(reader, 2), reader.GetBoolean(3))
            : null;
    }

    /// <summary>Marks the conversation started: true only for the one caller, on any instance, that started it.</summary>
    /// <exception cref="KeyNotFoundException">No conversation has this id.</exception>
    public async Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.Command("UPDATE directline_conversations SET started = @started WHERE id = @id AND NOT started")
            .With("@started", true)
            .With("@id", conversationId);
        if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
        {
            return true;
        }

        return await FindConversationAsync(conversationId, cancellationToken).ConfigureAwait(false) is not null
            ? false
            : throw new KeyNotFoundException("Unknown conversation.");
    }

    /// <summary>
    /// Appends the next entry. <paramref name="compose"/> gets the entry's sequence and the previous entry's
    /// timestamp (null for the first) and returns what to store; it runs inside the transaction, so keep it short.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No conversation has this id.</exception>
    public async Task<long> AppendAsync(string conversationId, Func<long, DateTimeOffset?, DirectLineAppend> compose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compose);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        long sequence;
        DateTimeOffset? previous;
        await using (var next = connection.Command(
            "UPDATE directline_conversations SET last_sequence = last_sequence + 1 WHERE id = @id RETURNING last_sequence, last_timestamp",
            transaction).With("@id", conversationId))
        await using (var reader = await next.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new KeyNotFoundException("Unknown conversation.");
            }

            sequence = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            previous = database.ReadNullableTime(reader, 1);
        }

        var entry = compose(sequence, previous);
        await using (var insert = connection.Command(
            "INSERT INTO directline_activities (conversation_id, sequence, json) VALUES (@id, @sequence, @json)", transaction))
        {
            insert.With("@id", conversationId).With("@sequence", sequence).With("@json", entry.Json);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var stamp = connection.Command("UPDATE directline_conversations SET last_timestamp = @at WHERE id = @id", transaction))
        {
            stamp.With("@at", database.ToDb(entry.Timestamp)).With("@id", conversationId);
            await stamp.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return sequence;
    }

    /// <summary>Entries with a sequence greater than <paramref name="watermark"/>, oldest first.</summary>
    /// <exception cref="KeyNotFoundException">No conversation has this id.</exception>
    public async Task<IReadOnlyList<DirectLineActivityRow>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        var rows = new List<DirectLineActivityRow>();
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var select = connection.Command(
            "SELECT sequence, json FROM directline_activities WHERE conversation_id = @id AND sequence > @after ORDER BY sequence")
            .With("@id", conversationId)
            .With("@after", watermark))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new DirectLineActivityRow(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1)));
            }
        }

        // Only an empty answer needs the check: a conversation with later entries plainly exists.
        if (rows.Count == 0 && await FindConversationAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new KeyNotFoundException("Unknown conversation.");
        }

        return rows;
    }
}
