using ChatTriage.Bot.Handoff;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>
/// Publishes this instance's agents to the shared presence board every <see cref="Period"/> (and at once when one
/// connects or leaves), and reads back everyone's, so supervisors and transfers see agents on every instance.
/// An instance that stops beating drops off the board after <see cref="Period"/> × 3.
/// </summary>
public sealed class PresenceHeartbeat(AgentPresence presence, IAgentPresenceBoard board, TimeProvider time, ILogger<PresenceHeartbeat> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>One beat: publish this instance's agents, then read everyone's.</summary>
    public async Task BeatAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var here = presence.Here().Select(a => new PresentAgent(a.Id, a.DisplayName, a.IsSupervisor)).ToList();
        await board.PublishAsync(presence.InstanceId, here, now, cancellationToken).ConfigureAwait(false);
        presence.SeenOnBoard(await board.ListAsync(now - (Period * 3), cancellationToken).ConfigureAwait(false));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        presence.Changed -= Wake;
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await board.RemoveInstanceAsync(presence.InstanceId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not take this instance's agents off the presence board; they drop off on their own");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        presence.Changed += Wake;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BeatAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Presence heartbeat failed; trying again at the next beat");
            }

            using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            try
            {
                await Task.WhenAny(Task.Delay(Period, time, tick.Token), wake.WaitAsync(tick.Token)).ConfigureAwait(false);
            }
            finally
            {
                await tick.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    private void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A beat is already asked for.
        }
    }
}
