namespace ChatTriage.Bot.Handoff;

/// <summary>Internal notes agents write on chats. Kept like the chats themselves: durable, shared by instances.</summary>
public interface IAgentNoteStore
{
    Task AddAsync(AgentNote note, CancellationToken cancellationToken = default);

    /// <summary>A chat's notes, oldest first.</summary>
    Task<IReadOnlyList<AgentNote>> ListAsync(string ticketId, CancellationToken cancellationToken = default);

    /// <summary>Deletes notes written before the cut-off; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken = default);
}
