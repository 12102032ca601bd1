using ChatTriage.Bot.Feedback;
using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.Feedback;

/// <summary>Residents' "Was this helpful?" answers on SQLite or PostgreSQL.</summary>
public sealed class SqlFeedbackStore(RelationalDatabase database) : IFeedbackStore
{
    public async Task SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.Command(
            "INSERT INTO feedback (conversation_id, outcome, helpful, comment, at) VALUES (@conversation, @outcome, @helpful, @comment, @at)");
        insert.With("@conversation", entry.ConversationId)
            .With("@outcome", entry.Outcome)
            .With("@helpful", entry.Helpful)
            .With("@comment", entry.Comment)
            .With("@at", database.ToDb(entry.At));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command(
            "SELECT conversation_id, outcome, helpful, comment, at FROM feedback WHERE at >= @since ORDER BY at, id").With("@since", database.ToDb(since));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<FeedbackEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new FeedbackEntry(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetNullableString(3), database.ReadTime(reader, 4)));
        }

        return entries;
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.Command("DELETE FROM feedback WHERE at < @before").With("@before", database.ToDb(before));
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
