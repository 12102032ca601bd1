using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Content;
using ChatTriage.Web.Agents.Hub;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Agents.Floor;

/// <summary>Builds the supervisor's floor summary from the queue, presence and feedback.</summary>
public sealed class FloorService(
    IHandoffQueue queue,
    AgentPresence presence,
    ConversationTally tally,
    AgentContent content,
    IServiceProvider services,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time)
{
    public async Task<FloorSummary> GetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var waiting = await queue.ListWaitingAsync(ct).ConfigureAwait(false);
        var assigned = await queue.ListAssignedAsync(null, ct).ConfigureAwait(false);

        var agents = presence.Online().Select(a => (a.Id, a.DisplayName, Online: true))
            .Concat(assigned.Where(t => t.AgentId is not null).Select(t => (Id: t.AgentId!, DisplayName: t.AgentDisplayName ?? t.AgentId!, Online: false)))
            .GroupBy(a => a.Id)
            .Select(g => new AgentLoad(
                g.Key,
                g.First().DisplayName,
                g.Any(a => a.Online),
                assigned.Where(t => t.AgentId == g.Key).Select(t => TicketView.From(t)).ToList()))
            .OrderBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var longest = waiting.Count == 0 ? 0 : (int)waiting.Max(t => (now - t.CreatedAt).TotalSeconds);
        return new FloorSummary(now, waiting.Count, Math.Max(0, longest), agents, await TodayAsync(now, ct).ConfigureAwait(false));
    }

    private async Task<TodayFigures> TodayAsync(DateTimeOffset now, CancellationToken ct)
    {
        var since = options.CurrentValue.OpeningHours.StartOfDay(now);
        var tickets = await queue.ListSinceAsync(since, ct).ConfigureAwait(false);
        var feedback = services.GetService<IFeedbackStore>() is { } store
            ? await store.ListSinceAsync(since, ct).ConfigureAwait(false)
            : [];

        var waits = tickets.Where(t => t.AcceptedAt is not null)
            .Select(t => (t.AcceptedAt!.Value - t.CreatedAt).TotalSeconds)
            .Order()
            .ToList();
        int? median = waits.Count == 0 ? null : (int)Math.Round(waits.Count % 2 == 1
            ? waits[waits.Count / 2]
            : (waits[(waits.Count / 2) - 1] + waits[waits.Count / 2]) / 2);

        var labels = content.Outcomes.ToDictionary(o => o.Code, o => o.Label);
        var outcomes = tickets.Where(t => t.Outcome is not null)
            .GroupBy(t => t.Outcome!)
            .Select(g => new CountBy(g.Key, labels.TryGetValue(g.Key, out var label) ? label : g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ToList();
        var botSettled = feedback.Where(f => !f.Outcome.StartsWith("agent:", StringComparison.Ordinal))
            .GroupBy(f => f.Outcome)
            .Select(g => new CountBy(g.Key, g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ToList();

        var conversations = Math.Max(tally.CountToday(), tickets.Select(t => t.ConversationId).Concat(feedback.Select(f => f.ConversationId)).Distinct().Count());
        return new TodayFigures(
            conversations,
            tickets.Select(t => t.ConversationId).Distinct().Count(),
            median,
            outcomes,
            botSettled,
            feedback.Count(f => f.Helpful),
            feedback.Count(f => !f.Helpful));
    }
}
