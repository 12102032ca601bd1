namespace ChatTriage.Bot.Audit;

/// <summary>An append-only record of safety- and accountability-relevant events. Never holds message text.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
