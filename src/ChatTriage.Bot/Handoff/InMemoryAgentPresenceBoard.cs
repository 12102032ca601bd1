namespace ChatTriage.Bot.Handoff;

/// <summary>The presence board in process memory: one instance (Storage:Provider=Memory, tests).</summary>
public sealed class InMemoryAgentPresenceBoard : IAgentPresenceBoard
{
    private readonly Dictionary<string, (IReadOnlyList<PresentAgent> Agents, DateTimeOffset SeenAt)> instances = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public Task PublishAsync(string instanceId, IReadOnlyList<PresentAgent> agents, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            instances[instanceId] = ([.. agents], now);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PresentAgent>> ListAsync(DateTimeOffset seenSince, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PresentAgent>>(instances.Values
                .Where(i => i.SeenAt >= seenSince)
                .SelectMany(i => i.Agents)
                .DistinctBy(a => a.Id)
                .ToList());
        }
    }

    public Task RemoveInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            instances.Remove(instanceId);
        }

        return Task.CompletedTask;
    }
}
