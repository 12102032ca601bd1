namespace ChatTriage.Bot.Audit;

/// <summary>An append-only record of safety- and accountability-relevant events. Never holds message text.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Deletes events older than the cut-off (retention); returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
