using System.Data.Common;
using ChatTriage.Bot.Handoff;
using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.Handoff;

/// <summary>Column list and row mapping for handoff_tickets, shared by every query of the SQL queue.</summary>
internal static class HandoffTicketRows
{
    public const string Columns =
        "id, conversation_id, conversation_reference_json, category, step, summary, details_json, status, urgent, urgent_reason, " +
        "agent_id, agent_display_name, created_at, urgent_at, accepted_at, ended_at, outcome";

    public const string OpenStatuses = "('Waiting', 'Assigned')";

    public const string WaitingOrder = "urgent DESC, created_at, id";

    public static HandoffTicket Read(DbDataReader reader, RelationalDatabase database) => new()
    {
        Id = reader.GetString(0),
        ConversationId = reader.GetString(1),
        ConversationReferenceJson = reader.GetString(2),
        Category = reader.GetString(3),
        Step = reader.GetString(4),
        Summary = reader.GetString(5),
        DetailsJson = reader.GetString(6),
        Status = Enum.Parse<HandoffStatus>(reader.GetString(7)),
        Urgent = reader.GetBoolean(8),
        UrgentReason = reader.GetNullableString(9),
        AgentId = reader.GetNullableString(10),
        AgentDisplayName = reader.GetNullableString(11),
        CreatedAt = database.ReadTime(reader, 12),
        UrgentAt = database.ReadNullableTime(reader, 13),
        AcceptedAt = database.ReadNullableTime(reader, 14),
        EndedAt = database.ReadNullableTime(reader, 15),
        Outcome = reader.GetNullableString(16),
    };

    public static async Task<List<HandoffTicket>> ReadAllAsync(DbCommand command, RelationalDatabase database, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var tickets = new List<HandoffTicket>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tickets.Add(Read(reader, database));
        }

        return tickets;
    }

    public static async Task<HandoffTicket?> ReadOneAsync(DbCommand command, RelationalDatabase database, CancellationToken cancellationToken) =>
        (await ReadAllAsync(command, database, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
}
