using System.Collections.Concurrent;
using ChatTriage.Web.Agents.Auth;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>Who has the console open on this instance (counted by connection).</summary>
public sealed class AgentPresence
{
    private readonly ConcurrentDictionary<string, (AgentIdentity Agent, int Connections)> online = new();

    public void Connected(AgentIdentity agent)
        => online.AddOrUpdate(agent.Id, _ => (agent, 1), (_, current) => (agent, current.Connections + 1));

    public void Disconnected(AgentIdentity agent)
    {
        while (online.TryGetValue(agent.Id, out var current))
        {
            var updated = current.Connections <= 1
                ? online.TryRemove(new KeyValuePair<string, (AgentIdentity, int)>(agent.Id, current))
                : online.TryUpdate(agent.Id, (current.Agent, current.Connections - 1), current);
            if (updated)
            {
                return;
            }
        }
    }

    public IReadOnlyList<AgentIdentity> Online() => online.Values.Select(v => v.Agent).OrderBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
}
