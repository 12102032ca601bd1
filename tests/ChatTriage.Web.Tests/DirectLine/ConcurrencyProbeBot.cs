using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>Records how many turns of one conversation ran at the same time.</summary>
public sealed class ConcurrencyProbeBot : IBot
{
    private int _running;

    public int MostAtOnce { get; private set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var now = Interlocked.Increment(ref _running);
        MostAtOnce = Math.Max(MostAtOnce, now);
        try
        {
            // Yield so overlapping turns, if the adapter allowed them, would be seen here.
            await Task.Delay(20, cancellationToken);
            if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                await turnContext.SendActivityAsync($"done {turnContext.Activity.Text}", cancellationToken: cancellationToken);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
