namespace ChatTriage.Bot.Reports;

/// <summary>Submitted reports (crime, collision, information). Assigns each a unique reference.</summary>
public interface IReportStore
{
    /// <summary>
    /// Stores a report and gives it a new reference, unique across instances and under concurrency. The same report
    /// submitted again (same <see cref="NewReport.SubmissionKey"/>) is not stored twice: the first one comes back.
    /// </summary>
    Task<StoredReport> SubmitAsync(NewReport report, CancellationToken cancellationToken = default);

    /// <summary>A report by its reference, or null.</summary>
    Task<StoredReport?> FindAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Deletes reports submitted before the cut-off; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset submittedBefore, CancellationToken cancellationToken = default);
}
