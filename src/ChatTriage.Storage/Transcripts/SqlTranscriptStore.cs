using ChatTriage.Storage.Data;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Storage.Transcripts;

/// <summary>
/// Bot Builder's <see cref="ITranscriptStore"/> on SQLite or PostgreSQL: each activity's JSON in logged order.
/// Continuation tokens are the last row's sequence number. Nothing here logs message text.
/// </summary>
public sealed class SqlTranscriptStore(RelationalDatabase database, TimeProvider? timeProvider = null) : ITranscriptStore, ITranscriptBatchLogger, ITranscriptRetention
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    public Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return LogActivitiesAsync([activity]);
    }

    /// <summary>One transaction for all of them: a turn's activities cost one write, not one each.</summary>
    public async Task LogActivitiesAsync(IReadOnlyList<IActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        // Checked and serialised before the write starts, so a bad activity writes nothing and the lock is held briefly.
        var rows = new List<(string Channel, string Conversation, string? Id, object At, string Json)>(activities.Count);
        foreach (var activity in activities)
        {
            ArgumentNullException.ThrowIfNull(activity, nameof(activities));
            var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activities));
            rows.Add((activity.ChannelId ?? string.Empty, conversationId, activity.Id, database.ToDb(activity.Timestamp ?? clock.GetUtcNow()),
                database.JsonValue(ActivityJson.Write(activity))));
        }

        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection).ConfigureAwait(false);
        (string Channel, string Conversation)? known = null;
        foreach (var row in rows)
        {
            if (known != (row.Channel, row.Conversation))
            {
                await using var conversation = connection.Command(
                    """
                    INSERT INTO transcript_conversations (channel_id, conversation_id, created_at) VALUES (@channel, @conversation, @at)
                    ON CONFLICT (channel_id, conversation_id) DO NOTHING
                    """,
                    transaction);
                conversation.With("@channel", row.Channel).With("@conversation", row.Conversation).With("@at", row.At);
                await conversation.ExecuteNonQueryAsync().ConfigureAwait(false);
                known = (row.Channel, row.Conversation);
            }

            await using var insert = connection.Command(
                $"""
                INSERT INTO transcript_activities (channel_id, conversation_id, activity_id, timestamp, json)
                VALUES (@channel, @conversation, @id, @at, {database.JsonParameter("@json")})
                """,
                transaction);
            insert.With("@channel", row.Channel).With("@conversation", row.Conversation).With("@id", row.Id).With("@at", row.At).With("@json", row.Json);
            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var select = connection.Command(
            $"""
            SELECT seq, json FROM transcript_activities
            WHERE channel_id = @channel AND conversation_id = @conversation AND timestamp >= @start AND seq > @after
            ORDER BY seq LIMIT {TranscriptPages.Size + 1}
            """);
        select.With("@channel", channelId).With("@conversation", conversationId).With("@start", database.ToDb(startDate)).With("@after", TranscriptPages.After(continuationToken));

        var rows = new List<(long Seq, IActivity Activity)>();
        await using (var reader = await select.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                rows.Add((reader.GetInt64(0), ActivityJson.Read(reader.GetString(1))));
            }
        }

        return TranscriptPages.Page(rows);
    }

    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var select = connection.Command(
            $"""
            SELECT seq, conversation_id, created_at FROM transcript_conversations
            WHERE channel_id = @channel AND seq > @after ORDER BY seq LIMIT {TranscriptPages.Size + 1}
            """);
        select.With("@channel", channelId).With("@after", TranscriptPages.After(continuationToken));

        var rows = new List<(long Seq, TranscriptInfo Info)>();
        await using (var reader = await select.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                rows.Add((reader.GetInt64(0), new TranscriptInfo { ChannelId = channelId, Id = reader.GetString(1), Created = database.ReadTime(reader, 2) }));
            }
        }

        return TranscriptPages.Page(rows);
    }

    public async Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection).ConfigureAwait(false);
        foreach (var table in new[] { "transcript_activities", "transcript_conversations" })
        {
            await using var delete = connection.Command($"DELETE FROM {table} WHERE channel_id = @channel AND conversation_id = @conversation", transaction);
            delete.With("@channel", channelId).With("@conversation", conversationId);
            await delete.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        int purged;
        await using (var activities = connection.Command("DELETE FROM transcript_activities WHERE timestamp < @before", transaction))
        {
            activities.With("@before", database.ToDb(before));
            purged = await activities.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var empty = connection.Command(
            """
            DELETE FROM transcript_conversations WHERE NOT EXISTS (
                SELECT 1 FROM transcript_activities a
                WHERE a.channel_id = transcript_conversations.channel_id AND a.conversation_id = transcript_conversations.conversation_id)
            """,
            transaction))
        {
            await empty.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return purged;
    }
}
