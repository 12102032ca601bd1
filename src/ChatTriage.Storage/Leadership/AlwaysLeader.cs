namespace ChatTriage.Storage.Leadership;

/// <summary>Leadership for storage that serves one instance by design (SQLite, Memory): that instance always leads.</summary>
public sealed class AlwaysLeader : IInstanceLeadership
{
    public static AlwaysLeader Instance { get; } = new();

    private AlwaysLeader()
    {
    }

    public ValueTask<bool> IsLeaderAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(true);
}
