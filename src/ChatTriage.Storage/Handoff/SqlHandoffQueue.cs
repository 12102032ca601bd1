using System.Data.Common;
using ChatTriage.Bot.Handoff;
using ChatTriage.Storage.Data;
using static ChatTriage.Storage.Handoff.HandoffTicketRows;

namespace ChatTriage.Storage.Handoff;

/// <summary>
/// The handoff queue on SQLite or PostgreSQL, shared by every app instance. Accepting is a conditional UPDATE
/// (status must still be Waiting) inside a write transaction that also holds a per-agent lock, so exactly one of
/// two agents wins a chat and an agent never goes past their limit, even across instances.
/// </summary>
public sealed class SqlHandoffQueue(RelationalDatabase database, TimeProvider? timeProvider = null) : IHandoffQueue, IHandoffRetention
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    public async Task<HandoffTicket> EnqueueAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await database.LockAsync(connection, transaction, "handoff-conversation:" + request.ConversationId, cancellationToken).ConfigureAwait(false);

        var ticket = await FindOpenAsync(connection, transaction, request.ConversationId, cancellationToken).ConfigureAwait(false);
        if (ticket is null)
        {
            var now = clock.GetUtcNow();
            await using var insert = connection.Command(
                $"""
                INSERT INTO handoff_tickets ({Columns}) VALUES (@id, @conversation, @reference, @category, @step, @summary,
                    @details, 'Waiting', @urgent, @reason, NULL, NULL, @now, @urgentAt, NULL, NULL, NULL)
                RETURNING {Columns}
                """,
                transaction);
            insert.With("@id", Guid.NewGuid().ToString("N"))
                .With("@conversation", request.ConversationId)
                .With("@reference", request.ConversationReferenceJson)
                .With("@category", request.Category)
                .With("@step", request.Step)
                .With("@summary", request.Summary)
                .With("@details", request.DetailsJson)
                .With("@urgent", request.Urgent)
                .With("@reason", request.Urgent ? request.UrgentReason : null)
                .With("@now", database.ToDb(now))
                .With("@urgentAt", request.Urgent ? database.ToDb(now) : null);
            ticket = await ReadOneAsync(insert, database, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ticket!;
    }

    public async Task<HandoffTicket?> FindOpenAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindOpenAsync(connection, null, conversationId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<HandoffTicket?> GetAsync(string ticketId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await GetAsync(connection, null, ticketId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HandoffTicket>> ListWaitingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command($"SELECT {Columns} FROM handoff_tickets WHERE status = 'Waiting' ORDER BY {WaitingOrder}");
        return await ReadAllAsync(select, database, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HandoffTicket>> ListAssignedAsync(string? agentId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var filter = agentId is null ? string.Empty : " AND agent_id = @agent";
        await using var select = connection.Command(
            $"SELECT {Columns} FROM handoff_tickets WHERE status = 'Assigned'{filter} ORDER BY accepted_at, created_at, id");
        if (agentId is not null)
        {
            select.With("@agent", agentId);
        }

        return await ReadAllAsync(select, database, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int?> PositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var waiting = await ListWaitingAsync(cancellationToken).ConfigureAwait(false);
        var index = waiting.ToList().FindIndex(t => t.ConversationId == conversationId);
        return index < 0 ? null : index + 1;
    }

    public async Task<bool> MarkUrgentAsync(string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.Command(
            $"""
            UPDATE handoff_tickets SET urgent = @urgent, urgent_reason = @reason, urgent_at = COALESCE(urgent_at, @now)
            WHERE conversation_id = @conversation AND status IN {OpenStatuses}
            """);
        update.With("@urgent", true).With("@reason", reason).With("@now", database.ToDb(clock.GetUtcNow())).With("@conversation", conversationId);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<AcceptResult> TryAcceptAsync(string ticketId, string agentId, string agentDisplayName, int maxConcurrent, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        // Serialises one agent's accepts so the count below cannot be overtaken by their own accept elsewhere.
        await database.LockAsync(connection, transaction, "handoff-agent:" + agentId, cancellationToken).ConfigureAwait(false);

        await using var update = connection.Command(
            $"""
            UPDATE handoff_tickets SET status = 'Assigned', agent_id = @agent, agent_display_name = @name, accepted_at = @now
            WHERE id = @id AND status = 'Waiting'
              AND (SELECT COUNT(*) FROM handoff_tickets WHERE agent_id = @agent AND status = 'Assigned') < @max
            RETURNING {Columns}
            """,
            transaction);
        update.With("@agent", agentId).With("@name", agentDisplayName).With("@now", database.ToDb(clock.GetUtcNow()))
            .With("@id", ticketId).With("@max", (long)maxConcurrent);
        var accepted = await ReadOneAsync(update, database, cancellationToken).ConfigureAwait(false);
        var current = accepted ?? await GetAsync(connection, transaction, ticketId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        var outcome = accepted is not null ? AcceptOutcome.Accepted
            : current is null ? AcceptOutcome.NotFound
            : current.Status != HandoffStatus.Waiting ? AcceptOutcome.NotWaiting
            : AcceptOutcome.AtCapacity;
        return new AcceptResult(outcome, current);
    }

    public async Task<HandoffTicket?> TransferAsync(string ticketId, string? toAgentId, string? toAgentDisplayName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var set = toAgentId is null
            ? "status = 'Waiting', agent_id = NULL, agent_display_name = NULL, accepted_at = NULL"
            : "agent_id = @agent, agent_display_name = @name, accepted_at = @now";
        await using var update = connection.Command(
            $"UPDATE handoff_tickets SET {set} WHERE id = @id AND status = 'Assigned' RETURNING {Columns}");
        update.With("@id", ticketId);
        if (toAgentId is not null)
        {
            update.With("@agent", toAgentId).With("@name", toAgentDisplayName).With("@now", database.ToDb(clock.GetUtcNow()));
        }

        return await ReadOneAsync(update, database, cancellationToken).ConfigureAwait(false);
    }

    public async Task<HandoffTicket?> EndAsync(string ticketId, HandoffStatus status, string? outcome, CancellationToken cancellationToken = default)
    {
        HandoffStatusRules.EnsureEndStatus(status);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.Command(
            $"""
            UPDATE handoff_tickets SET status = @status, outcome = @outcome, ended_at = @now
            WHERE id = @id AND status IN {OpenStatuses}
            RETURNING {Columns}
            """);
        update.With("@status", status.ToString()).With("@outcome", outcome).With("@now", database.ToDb(clock.GetUtcNow())).With("@id", ticketId);
        return await ReadOneAsync(update, database, cancellationToken).ConfigureAwait(false)
            ?? await GetAsync(connection, null, ticketId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<HandoffTicket?> EndIfOpenAsync(string ticketId, HandoffStatus status, string? outcome, bool onlyWhileWaiting = false, CancellationToken cancellationToken = default)
    {
        HandoffStatusRules.EnsureEndStatus(status);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One conditional UPDATE: of several callers (on any instance) only the one whose UPDATE changed the row gets it back.
        var still = onlyWhileWaiting ? "status = 'Waiting'" : $"status IN {OpenStatuses}";
        await using var update = connection.Command(
            $"""
            UPDATE handoff_tickets SET status = @status, outcome = @outcome, ended_at = @now
            WHERE id = @id AND {still}
            RETURNING {Columns}
            """);
        update.With("@status", status.ToString()).With("@outcome", outcome).With("@now", database.ToDb(clock.GetUtcNow())).With("@id", ticketId);
        return await ReadOneAsync(update, database, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HandoffTicket>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command($"SELECT {Columns} FROM handoff_tickets WHERE created_at >= @since ORDER BY created_at, id")
            .With("@since", database.ToDb(since));
        return await ReadAllAsync(select, database, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.Command(
            $"DELETE FROM handoff_tickets WHERE status NOT IN {OpenStatuses} AND ended_at < @before").With("@before", database.ToDb(endedBefore));
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<HandoffTicket?> FindOpenAsync(DbConnection connection, DbTransaction? transaction, string conversationId, CancellationToken cancellationToken)
    {
        await using var select = connection.Command(
            $"SELECT {Columns} FROM handoff_tickets WHERE conversation_id = @conversation AND status IN {OpenStatuses}", transaction)
            .With("@conversation", conversationId);
        return await ReadOneAsync(select, database, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HandoffTicket?> GetAsync(DbConnection connection, DbTransaction? transaction, string ticketId, CancellationToken cancellationToken)
    {
        await using var select = connection.Command($"SELECT {Columns} FROM handoff_tickets WHERE id = @id", transaction).With("@id", ticketId);
        return await ReadOneAsync(select, database, cancellationToken).ConfigureAwait(false);
    }
}
