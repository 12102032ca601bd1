using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using ChatTriage.Web.Agents.Messaging;

namespace ChatTriage.Web.Agents.Queue;

/// <summary>
/// When no person can take a waiting chat (out of hours, or nobody accepted in time): the ticket ends as
/// expired, what the bot collected is kept as a written information report with a reference, and the
/// resident is told the reference and offered 101. Nothing the resident told us is lost.
/// </summary>
public sealed class HandoffFallback(
    IHandoffQueue queue,
    ResidentNotices notices,
    IServiceProvider services,
    TimeProvider time,
    ILogger<HandoffFallback> logger)
{
    public const string OutOfHoursOutcome = "out-of-hours";
    public const string TimedOutOutcome = "no-agent-in-time";

    /// <summary>
    /// Applies the fallback (pass the turn when inside the resident's turn); false when the ticket was no longer waiting
    /// (someone accepted it, the resident left, or another caller, perhaps on another instance, applied the fallback first).
    /// </summary>
    public async Task<bool> ApplyAsync(HandoffTicket ticket, bool outOfHours, CancellationToken ct, Microsoft.Bot.Builder.ITurnContext? turnContext = null)
    {
        var outcome = outOfHours ? OutOfHoursOutcome : TimedOutOutcome;
        // Only the caller whose conditional end changed the ticket goes on: the report is filed and the resident told once.
        var ended = await queue.EndIfOpenAsync(ticket.Id, HandoffStatus.Expired, outcome, onlyWhileWaiting: true, ct).ConfigureAwait(false);
        if (ended is null)
        {
            return false;
        }

        string? reference = null;
        try
        {
            if (services.GetService<IReportStore>() is { } reports)
            {
                var stored = await reports.SubmitAsync(
                    new NewReport(ReportKind.Information, ticket.ConversationId, ticket.DetailsJson, time.GetUtcNow()), ct).ConfigureAwait(false);
                reference = stored.Reference;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not keep ticket {TicketId} as a written report", ticket.Id);
        }

        if (services.GetService<IAuditLog>() is { } audit)
        {
            await audit.RecordAsync(new AuditEvent("handoff.expired", ticket.ConversationId, outcome, time.GetUtcNow()), ct).ConfigureAwait(false);
        }

        await notices.FallbackAsync(ended, outOfHours, reference, turnContext, ct).ConfigureAwait(false);
        return true;
    }
}
