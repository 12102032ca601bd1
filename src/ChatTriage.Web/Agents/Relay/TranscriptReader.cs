using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Messaging;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Agents.Relay;

/// <summary>Reads a ticket's conversation from the Bot Builder transcript store, when the host keeps one.</summary>
public sealed class TranscriptReader(IServiceProvider services)
{
    private const int MaxPages = 20;

    public async Task<IReadOnlyList<Activity>> ReadAsync(HandoffTicket ticket, CancellationToken ct)
    {
        if (services.GetService<ITranscriptStore>() is not { } store)
        {
            return [];
        }

        var reference = ResidentMessenger.ReadReference(ticket);
        var activities = new List<Activity>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await store.GetTranscriptActivitiesAsync(reference.ChannelId, ticket.ConversationId, continuation).ConfigureAwait(false);
            activities.AddRange(result.Items.OfType<Activity>());
            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }

        ct.ThrowIfCancellationRequested();
        return activities;
    }
}
