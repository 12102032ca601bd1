namespace ChatTriage.Bot.Reports;

/// <summary>Reports in process memory. The sequence is per store instance, so references are unique within it.</summary>
public sealed class InMemoryReportStore : IReportStore
{
    private readonly Dictionary<string, StoredReport> reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> bySubmission = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long sequence;

    public Task<StoredReport> SubmitAsync(NewReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var key = report.SubmissionKey;
        lock (gate)
        {
            if (bySubmission.TryGetValue(key, out var first) && reports.TryGetValue(first, out var existing))
            {
                return Task.FromResult(existing);
            }

            var reference = ReportReference.Create(report.SubmittedAt.UtcDateTime.Year, ++sequence);
            var stored = new StoredReport(reference, report.Kind, report.ConversationId, report.Json, report.SubmittedAt);
            reports[reference] = stored;
            bySubmission[key] = reference;
            return Task.FromResult(stored);
        }
    }

    public Task<StoredReport?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var key = reference?.Trim().ToUpperInvariant() ?? string.Empty;
            return Task.FromResult(reports.GetValueOrDefault(key));
        }
    }

    public Task<int> PurgeAsync(DateTimeOffset submittedBefore, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var old = reports.Values.Where(r => r.SubmittedAt < submittedBefore).Select(r => r.Reference).ToList();
            old.ForEach(reference => reports.Remove(reference));
            foreach (var key in bySubmission.Where(s => !reports.ContainsKey(s.Value)).Select(s => s.Key).ToList())
            {
                bySubmission.Remove(key);
            }

            return Task.FromResult(old.Count);
        }
    }
}
