using System.Collections.Concurrent;
using Microsoft.Bot.Builder;

namespace ChatTriage.Web.Agents.Floor;

/// <summary>
/// Counts distinct conversations per day for the supervisor's figures (Bot Builder middleware, ids only,
/// never text). Kept per instance, in memory, for today and yesterday.
/// </summary>
public sealed class ConversationTally(TimeProvider time, Microsoft.Extensions.Options.IOptionsMonitor<HandoffOptions> options) : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ConcurrentDictionary<DateOnly, ConcurrentDictionary<string, byte>> days = new();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Conversation?.Id is { Length: > 0 } id)
        {
            var today = Today();
            days.GetOrAdd(today, _ => new ConcurrentDictionary<string, byte>()).TryAdd(id, 0);
            foreach (var old in days.Keys.Where(d => d < today.AddDays(-1)))
            {
                days.TryRemove(old, out _);
            }
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    public int CountToday() => days.TryGetValue(Today(), out var set) ? set.Count : 0;

    private DateOnly Today() => DateOnly.FromDateTime(options.CurrentValue.OpeningHours.StartOfDay(time.GetUtcNow()).DateTime);
}
