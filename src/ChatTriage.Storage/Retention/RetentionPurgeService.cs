using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using ChatTriage.Storage.Transcripts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatTriage.Storage.Retention;

/// <summary>
/// Deletes records older than their retention period: once at start-up, then every
/// <see cref="RetentionOptions.PurgeIntervalMinutes"/>. A failed round is logged and retried next round.
/// Every instance may run it; the deletes are idempotent.
/// </summary>
public sealed partial class RetentionPurgeService(
    IOptionsMonitor<RetentionOptions> options,
    TimeProvider timeProvider,
    ITranscriptRetention transcripts,
    IReportStore reports,
    IFeedbackStore feedback,
    IAuditLog audit,
    IHandoffRetention handoff,
    IAgentNoteStore notes,
    ILogger<RetentionPurgeService> logger) : BackgroundService
{
    /// <summary>Runs one purge now with the current options.</summary>
    public async Task<RetentionPurgeResult> PurgeOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        var now = timeProvider.GetUtcNow();
        var result = new RetentionPurgeResult(
            await PurgeAsync(settings.TranscriptDays, d => transcripts.PurgeAsync(now.AddDays(-d), cancellationToken)).ConfigureAwait(false),
            await PurgeAsync(settings.ReportDays, d => reports.PurgeAsync(now.AddDays(-d), cancellationToken)).ConfigureAwait(false),
            await PurgeAsync(settings.FeedbackDays, d => feedback.PurgeAsync(now.AddDays(-d), cancellationToken)).ConfigureAwait(false),
            await PurgeAsync(settings.AuditDays, d => audit.PurgeAsync(now.AddDays(-d), cancellationToken)).ConfigureAwait(false),
            await PurgeAsync(settings.HandoffDays, d => handoff.PurgeAsync(now.AddDays(-d), cancellationToken)).ConfigureAwait(false),
            await PurgeAsync(settings.HandoffDays, d => notes.PurgeAsync(now.AddDays(-d), cancellationToken)).ConfigureAwait(false));
        LogPurged(logger, result.Transcripts, result.Reports, result.Feedback, result.Audit, result.HandoffTickets, result.AgentNotes);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }

            var interval = TimeSpan.FromMinutes(Math.Max(1, options.CurrentValue.PurgeIntervalMinutes));
            try
            {
                await Task.Delay(interval, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static Task<int> PurgeAsync(int days, Func<int, Task<int>> purge) => days > 0 ? purge(days) : Task.FromResult(0);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge deleted {Transcripts} transcript activities, {Reports} reports, {Feedback} feedback answers, {Audit} audit events, {HandoffTickets} handoff tickets, {AgentNotes} agent notes")]
    private static partial void LogPurged(ILogger logger, int transcripts, int reports, int feedback, int audit, int handoffTickets, int agentNotes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge failed; it will run again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
