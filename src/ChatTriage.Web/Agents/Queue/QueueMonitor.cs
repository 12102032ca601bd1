using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.External;
using ChatTriage.Web.Agents.Hub;
using ChatTriage.Web.Agents.Messaging;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Agents.Queue;

/// <summary>
/// Watches the handoff queue (every Handoff:QueuePollSeconds, and at once when an action asks): tells newly
/// queued residents how to stop waiting (the bot has told them their place), pushes place updates as the
/// queue moves, applies the fallback out of hours or after Handoff:AcceptTimeoutMinutes, and tells the
/// consoles when anything changed. Polling the queue (rather than hooking every writer) also sees tickets
/// queued by the bot, flagged urgent by the 999 interrupt, or changed by another instance.
/// </summary>
public sealed class QueueMonitor(
    IHandoffQueue queue,
    ResidentNotices notices,
    HandoffFallback fallback,
    AgentNotifier notifier,
    ExternalHandoff external,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time,
    ILogger<QueueMonitor> logger) : BackgroundService
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly Dictionary<string, int> positions = [];
    private string lastFingerprint = "";

    /// <summary>Checks the queue now. Safe to call from anywhere; runs one check at a time.</summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await CheckAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Asks for a check soon, without waiting for it. Use this inside a resident's turn: a check may message
    /// other residents, and waiting for their turns from inside a turn could deadlock.
    /// </summary>
    public void RequestRefresh()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A check is already asked for.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                var period = TimeSpan.FromSeconds(Math.Max(1, options.CurrentValue.QueuePollSeconds));
                await Task.WhenAny(Task.Delay(period, time, tick.Token), wake.WaitAsync(tick.Token)).ConfigureAwait(false);
                await tick.CancelAsync().ConfigureAwait(false);
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Checking the handoff queue failed; trying again at the next tick");
            }
        }
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var waiting = await queue.ListWaitingAsync(ct).ConfigureAwait(false);
        var open = settings.OpeningHours.IsOpen(now);
        var timeout = TimeSpan.FromMinutes(settings.AcceptTimeoutMinutes);

        var stillWaiting = new List<HandoffTicket>();
        foreach (var ticket in waiting)
        {
            var isNew = !positions.ContainsKey(ticket.Id);
            if (settings.Mode == HandoffMode.External)
            {
                if (isNew)
                {
                    await SafelyAsync(ticket, () => external.InitiateAsync(ticket, ct)).ConfigureAwait(false);
                }

                stillWaiting.Add(ticket);
                continue;
            }

            if (!open || now - ticket.CreatedAt >= timeout)
            {
                await SafelyAsync(ticket, () => fallback.ApplyAsync(ticket, !open, ct)).ConfigureAwait(false);
                continue;
            }

            stillWaiting.Add(ticket);
        }

        var seen = new HashSet<string>();
        for (var i = 0; i < stillWaiting.Count; i++)
        {
            var ticket = stillWaiting[i];
            var position = i + 1;
            seen.Add(ticket.Id);
            var known = positions.TryGetValue(ticket.Id, out var before);
            positions[ticket.Id] = position;
            if (settings.Mode == HandoffMode.External)
            {
                continue;
            }

            if (!known)
            {
                await SafelyAsync(ticket, () => notices.QueuedAsync(ticket, ct)).ConfigureAwait(false);
            }
            else if (before != position)
            {
                await SafelyAsync(ticket, () => notices.PositionAsync(ticket, position, ct)).ConfigureAwait(false);
            }
        }

        foreach (var gone in positions.Keys.Where(id => !seen.Contains(id)).ToList())
        {
            positions.Remove(gone);
        }

        var assigned = await queue.ListAssignedAsync(null, ct).ConfigureAwait(false);
        var fingerprint = string.Join('|', stillWaiting.Select(t => $"{t.Id}:{t.Urgent}"))
            + "#" + string.Join('|', assigned.Select(t => $"{t.Id}:{t.AgentId}:{t.Urgent}"))
            + "#" + open;
        if (fingerprint != lastFingerprint)
        {
            lastFingerprint = fingerprint;
            await notifier.QueueChangedAsync().ConfigureAwait(false);
        }
    }

    // One resident's unreachable conversation must not stop the queue for everyone else.
    private async Task SafelyAsync(HandoffTicket ticket, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not update the resident of ticket {TicketId}", ticket.Id);
        }
    }
}
