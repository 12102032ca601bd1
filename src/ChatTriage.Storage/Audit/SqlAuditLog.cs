using ChatTriage.Bot.Audit;
using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.Audit;

/// <summary>The append-only audit log on SQLite or PostgreSQL. Holds rule ids, agent ids and outcome codes, never message text.</summary>
public sealed class SqlAuditLog(RelationalDatabase database) : IAuditLog
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.Command(
            "INSERT INTO audit_events (kind, conversation_id, detail, actor, at) VALUES (@kind, @conversation, @detail, @actor, @at)");
        insert.With("@kind", auditEvent.Kind)
            .With("@conversation", auditEvent.ConversationId)
            .With("@detail", auditEvent.Detail)
            .With("@actor", auditEvent.Actor)
            .With("@at", database.ToDb(auditEvent.At));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command(
            "SELECT kind, conversation_id, detail, at, actor FROM audit_events WHERE at >= @since ORDER BY at, id").With("@since", database.ToDb(since));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<AuditEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new AuditEvent(reader.GetString(0), reader.GetString(1), reader.GetString(2), database.ReadTime(reader, 3), reader.GetNullableString(4)));
        }

        return events;
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.Command("DELETE FROM audit_events WHERE at < @before").With("@before", database.ToDb(before));
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
