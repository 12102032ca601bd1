using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Storage.Turns;

/// <summary>
/// The replies of a turn that may be retried. While it holds, what the bot sends waits here (typing excepted);
/// <see cref="ReleaseAsync"/> sends it in order once the turn's state is saved, and <see cref="Drop"/> forgets it when
/// the turn is retried, so the resident never reads an answer given from state that lost a race.
/// Outside an attempt (the 999 interrupt before it, the error handler after it) sends go straight through.
/// </summary>
public sealed class TurnOutbox
{
    private readonly List<Func<Task<ResourceResponse[]>>> held = [];
    private readonly Lock gate = new();
    private bool holding;

    /// <summary>The outbox <see cref="OutboxMiddleware"/> gave this turn, or null.</summary>
    public static TurnOutbox? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnOutbox>();

    /// <summary>How many sends are waiting.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return held.Count;
            }
        }
    }

    /// <summary>From now on, sends wait until <see cref="ReleaseAsync"/> or <see cref="Drop"/>.</summary>
    public void Hold()
    {
        lock (gate)
        {
            holding = true;
        }
    }

    /// <summary>Forgets what is waiting; sends keep waiting.</summary>
    public void Drop()
    {
        lock (gate)
        {
            held.Clear();
        }
    }

    /// <summary>Stops holding and sends what waited, in the order it was sent.</summary>
    public async Task ReleaseAsync()
    {
        List<Func<Task<ResourceResponse[]>>> toSend;
        lock (gate)
        {
            holding = false;
            toSend = [.. held];
            held.Clear();
        }

        foreach (var send in toSend)
        {
            await send().ConfigureAwait(false);
        }
    }

    /// <summary>The turn context's send handler.</summary>
    internal Task<ResourceResponse[]> OnSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        lock (gate)
        {
            if (holding && activities.Exists(a => a.Type != ActivityTypes.Typing))
            {
                held.Add(next);
                return Task.FromResult(activities.Select(a => new ResourceResponse(a.Id ?? string.Empty)).ToArray());
            }
        }

        return next();
    }
}
