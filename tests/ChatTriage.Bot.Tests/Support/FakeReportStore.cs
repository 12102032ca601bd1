using ChatTriage.Bot.Reports;

namespace ChatTriage.Bot.Tests.Support;

/// <summary>A list-backed report store for conversation tests; like the real stores, a resubmission gives back the first report.</summary>
public sealed class FakeReportStore : IReportStore
{
    public List<StoredReport> Reports { get; } = [];

    public Task<StoredReport> SubmitAsync(NewReport report, CancellationToken cancellationToken = default)
    {
        if (Reports.FirstOrDefault(r => new NewReport(r.Kind, r.ConversationId, r.Json, r.SubmittedAt).SubmissionKey == report.SubmissionKey) is { } first)
        {
            return Task.FromResult(first);
        }

        var stored = new StoredReport(ReportReference.Create(report.SubmittedAt.Year, Reports.Count + 1), report.Kind, report.ConversationId, report.Json, report.SubmittedAt);
        Reports.Add(stored);
        return Task.FromResult(stored);
    }

    public Task<StoredReport?> FindAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(Reports.FirstOrDefault(r => r.Reference == reference));

    public Task<int> PurgeAsync(DateTimeOffset submittedBefore, CancellationToken cancellationToken = default) =>
        Task.FromResult(Reports.RemoveAll(r => r.SubmittedAt < submittedBefore));
}
