using ChatTriage.Bot.Handoff;
using ChatTriage.Storage.Leadership;
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
/// queued by the bot, flagged urgent by the 999 interrupt, or changed by another instance. With several instances only
/// the leader (<see cref="IInstanceLeadership"/>) messages residents, starts external handoffs and applies the fallback,
/// so nothing a resident reads is sent twice; every instance still tells its own consoles.
/// </summary>
public sealed class QueueMonitor(
    IHandoffQueue queue,
    ResidentNotices notices,
    HandoffFallback fallback,
    AgentNotifier notifier,
    ExternalHandoff external,
    IInstanceLeadership leadership,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time,
    ILogger<QueueMonitor> logger) : BackgroundService
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly Dictionary<string, int> positions = [];
    private string lastFingerprint = "";
    private bool leading;
    private bool checkedBefore;

    private enum Lead
    {
        /// <summary>Another instance leads: tell consoles only.</summary>
        None,

        /// <summary>Led at the previous check too (or this is the first check).</summary>
        Held,

        /// <summary>Just took over from another instance.</summary>
        New,
    }

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
        var lead = await LeadAsync(ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var waiting = await queue.ListWaitingAsync(ct).ConfigureAwait(false);
        var open = settings.OpeningHours.IsOpen(now);

        List<HandoffTicket> stillWaiting;
        if (lead == Lead.None)
        {
            // The leader tells residents; this instance only keeps its consoles live.
            positions.Clear();
            stillWaiting = [.. waiting];
        }
        else
        {
            stillWaiting = await ApplyFallbackAsync(waiting, settings, open, now, ct).ConfigureAwait(false);
            await TellResidentsAsync(stillWaiting, settings.Mode, silently: lead == Lead.New, ct).ConfigureAwait(false);
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

    /// <summary>
    /// Whether this instance leads now, and whether it has just taken over: it did not lead at its previous check.
    /// The very first check is no take-over (there was no previous check), so a lone instance behaves as before.
    /// </summary>
    private async Task<Lead> LeadAsync(CancellationToken ct)
    {
        var wasLeading = leading;
        leading = await leadership.IsLeaderAsync(ct).ConfigureAwait(false);
        var first = !checkedBefore;
        checkedBefore = true;
        if (leading != wasLeading && !first)
        {
            logger.LogInformation(leading ? "This instance now leads the handoff queue monitor" : "This instance no longer leads the handoff queue monitor");
        }

        return !leading ? Lead.None : wasLeading || first ? Lead.Held : Lead.New;
    }

    /// <summary>
    /// Out of hours or past the accept timeout, a waiting chat gets the fallback (exactly once: see
    /// <see cref="HandoffFallback"/>); returns the chats still waiting. External mode leaves waiting to the hub.
    /// </summary>
    private async Task<List<HandoffTicket>> ApplyFallbackAsync(IReadOnlyList<HandoffTicket> waiting, HandoffOptions settings, bool open, DateTimeOffset now, CancellationToken ct)
    {
        var timeout = TimeSpan.FromMinutes(settings.AcceptTimeoutMinutes);
        var stillWaiting = new List<HandoffTicket>();
        foreach (var ticket in waiting)
        {
            if (settings.Mode != HandoffMode.External && (!open || now - ticket.CreatedAt >= timeout))
            {
                await SafelyAsync(ticket, () => fallback.ApplyAsync(ticket, !open, ct)).ConfigureAwait(false);
                continue;
            }

            stillWaiting.Add(ticket);
        }

        return stillWaiting;
    }

    /// <summary>
    /// Tells newly queued residents how to stop waiting (External mode: starts their handoff at the hub) and others their
    /// new place. <paramref name="silently"/> (just taken over the lead) records the places without telling anyone: the
    /// previous leader already told them, and a change of leader must not repeat it.
    /// </summary>
    private async Task TellResidentsAsync(List<HandoffTicket> stillWaiting, HandoffMode mode, bool silently, CancellationToken ct)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < stillWaiting.Count; i++)
        {
            var ticket = stillWaiting[i];
            var position = i + 1;
            seen.Add(ticket.Id);
            var known = positions.TryGetValue(ticket.Id, out var before);
            positions[ticket.Id] = position;
            if (silently)
            {
                continue;
            }

            if (mode == HandoffMode.External)
            {
                if (!known)
                {
                    await SafelyAsync(ticket, () => external.InitiateAsync(ticket, ct)).ConfigureAwait(false);
                }
            }
            else if (!known)
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
