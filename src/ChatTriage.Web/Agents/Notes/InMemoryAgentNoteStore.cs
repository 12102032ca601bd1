using System.Collections.Concurrent;

namespace ChatTriage.Web.Agents.Notes;

/// <summary>Notes kept in memory: enough for one instance; a durable store can replace it behind the seam.</summary>
public sealed class InMemoryAgentNoteStore : IAgentNoteStore
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<AgentNote>> notes = new();

    public Task AddAsync(AgentNote note, CancellationToken cancellationToken = default)
    {
        notes.GetOrAdd(note.TicketId, _ => new ConcurrentQueue<AgentNote>()).Enqueue(note);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AgentNote>> ListAsync(string ticketId, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<AgentNote>>(notes.TryGetValue(ticketId, out var list) ? list.ToList() : []);
}
