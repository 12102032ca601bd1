namespace ChatTriage.Web.Agents.Notes;

/// <summary>Internal notes on chats.</summary>
public interface IAgentNoteStore
{
    Task AddAsync(AgentNote note, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AgentNote>> ListAsync(string ticketId, CancellationToken cancellationToken = default);
}
