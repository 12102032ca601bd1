using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Relay;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>The conversation so far, as console lines: what the resident typed, what the bot and agents said.</summary>
public sealed class ChatHistory(TranscriptReader transcripts)
{
    public async Task<IReadOnlyList<ChatLine>> ReadAsync(HandoffTicket ticket, CancellationToken ct)
    {
        var activities = await transcripts.ReadAsync(ticket, ct).ConfigureAwait(false);
        return activities
            .Where(a => a.Type == ActivityTypes.Message && (!string.IsNullOrEmpty(a.Text) || a.Attachments?.Count > 0))
            .Select(a => ToLine(ticket.Id, a))
            .ToList();
    }

    private static ChatLine ToLine(string ticketId, Activity activity)
    {
        var channelData = activity.ChannelData as JObject;
        var agentName = channelData?["agent"]?["name"]?.ToString();
        var emergency = channelData?["emergency"]?.Type == JTokenType.Boolean && channelData["emergency"]!.Value<bool>();
        var from = activity.From?.Role == RoleTypes.User ? "resident" : agentName is not null ? "agent" : "bot";
        var text = string.IsNullOrEmpty(activity.Text) ? $"[{activity.Attachments!.Count} attachment(s)]" : activity.Text;
        return new ChatLine(
            activity.Id ?? Guid.NewGuid().ToString("N"),
            ticketId,
            from,
            from == "agent" ? agentName : null,
            text,
            activity.Timestamp ?? activity.LocalTimestamp ?? DateTimeOffset.MinValue,
            emergency);
    }
}
