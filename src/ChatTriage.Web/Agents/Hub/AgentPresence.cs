using System.Collections.Concurrent;
using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Auth;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>
/// Who has the console open: on this instance (counted by connection, live), and on the others (from the shared
/// presence board, as of <see cref="PresenceHeartbeat"/>'s last beat).
/// </summary>
public sealed class AgentPresence
{
    private readonly ConcurrentDictionary<string, (AgentIdentity Agent, int Connections)> online = new();
    private volatile IReadOnlyList<PresentAgent> seenElsewhere = [];

    /// <summary>This instance's name on the presence board.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>Raised when an agent connects or disconnects here.</summary>
    public event Action? Changed;

    public void Connected(AgentIdentity agent)
    {
        online.AddOrUpdate(agent.Id, _ => (agent, 1), (_, current) => (agent, current.Connections + 1));
        Changed?.Invoke();
    }

    public void Disconnected(AgentIdentity agent)
    {
        while (online.TryGetValue(agent.Id, out var current))
        {
            var updated = current.Connections <= 1
                ? online.TryRemove(new KeyValuePair<string, (AgentIdentity, int)>(agent.Id, current))
                : online.TryUpdate(agent.Id, (current.Agent, current.Connections - 1), current);
            if (updated)
            {
                Changed?.Invoke();
                return;
            }
        }
    }

    /// <summary>Agents with the console open on this instance.</summary>
    public IReadOnlyList<AgentIdentity> Here() => online.Values.Select(v => v.Agent).ToList();

    /// <summary>What the presence board says is open anywhere (this instance's own entries included).</summary>
    public void SeenOnBoard(IReadOnlyList<PresentAgent> agents) => seenElsewhere = agents;

    /// <summary>Agents with the console open on any instance, each once, by name.</summary>
    public IReadOnlyList<AgentIdentity> Online()
    {
        var here = Here();
        var ids = here.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return here
            .Concat(seenElsewhere.Where(a => !ids.Contains(a.Id)).Select(a => new AgentIdentity(a.Id, a.DisplayName, a.IsSupervisor)))
            .OrderBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
