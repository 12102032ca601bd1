namespace ChatTriage.Bot.Audit;

/// <summary>The audit log in process memory (tests, Memory provider).</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEvent> events = [];
    private readonly Lock gate = new();

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        lock (gate)
        {
            events.Add(auditEvent);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<AuditEvent> list = events.Where(e => e.At >= since).OrderBy(e => e.At).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(events.RemoveAll(e => e.At < before));
        }
    }
}
