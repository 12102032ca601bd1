using ChatTriage.Bot.Handoff;
using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.Agents;

/// <summary>Agents' internal notes on chats, on SQLite or PostgreSQL: they outlive a restart and every instance sees them.</summary>
public sealed class SqlAgentNoteStore(RelationalDatabase database) : IAgentNoteStore
{
    public async Task AddAsync(AgentNote note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(note);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.Command(
            "INSERT INTO agent_notes (id, ticket_id, agent_id, agent_name, text, at) VALUES (@id, @ticket, @agent, @name, @text, @at)");
        insert.With("@id", note.Id)
            .With("@ticket", note.TicketId)
            .With("@agent", note.AgentId)
            .With("@name", note.AgentName)
            .With("@text", note.Text)
            .With("@at", database.ToDb(note.At));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AgentNote>> ListAsync(string ticketId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command(
            "SELECT id, ticket_id, agent_id, agent_name, text, at FROM agent_notes WHERE ticket_id = @ticket ORDER BY seq").With("@ticket", ticketId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var notes = new List<AgentNote>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            notes.Add(new AgentNote(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), database.ReadTime(reader, 5)));
        }

        return notes;
    }

    public async Task<int> PurgeAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.Command("DELETE FROM agent_notes WHERE at < @before").With("@before", database.ToDb(writtenBefore));
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
