namespace ChatTriage.Bot.Handoff;

/// <summary>Notes in process memory (Storage:Provider=Memory, tests): lost on restart, seen by this instance only.</summary>
public sealed class InMemoryAgentNoteStore : IAgentNoteStore
{
    private readonly List<AgentNote> notes = [];
    private readonly Lock gate = new();

    public Task AddAsync(AgentNote note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(note);
        lock (gate)
        {
            notes.Add(note);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AgentNote>> ListAsync(string ticketId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<AgentNote>>(notes.Where(n => n.TicketId == ticketId).ToList());
        }
    }

    public Task<int> PurgeAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(notes.RemoveAll(n => n.At < writtenBefore));
        }
    }
}
