using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Content;
using ChatTriage.Web.Agents.External;
using ChatTriage.Web.Agents.Hub;
using ChatTriage.Web.Agents.Queue;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Web.Agents.Relay;

/// <summary>
/// While a conversation has an open ticket, the bot hands every activity here instead of running dialogs.
/// Messages and typing go to the agent's console (or to all agents while waiting); "leave queue" (or
/// "end chat" once with an agent) ends the ticket; the resident closing the chat tells the agent.
/// In External mode the channel's handoff hub carries the chat, and only handoff.status is followed.
/// TriageBot passes messages; <see cref="ResidentSignalsMiddleware"/> passes typing, leaving and events.
/// </summary>
public sealed class AgentRelay(
    IHandoffQueue queue,
    AgentNotifier notifier,
    AgentContent content,
    ExternalHandoff external,
    QueueMonitor monitor,
    IServiceProvider services,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time) : IAgentRelay
{
    public async Task RelayToAgentAsync(ITurnContext turnContext, HandoffTicket ticket, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.Mode == HandoffMode.External)
        {
            await external.HandleAsync(turnContext, ticket, cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await MessageAsync(turnContext, ticket, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Typing:
                await notifier.ResidentTypingAsync(ticket).ConfigureAwait(false);
                break;
            case ActivityTypes.EndOfConversation:
                await ResidentLeftAsync(ticket, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate when activity.MembersRemoved?.Any(m => m.Id != activity.Recipient?.Id) == true:
                await ResidentLeftAsync(ticket, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task MessageAsync(ITurnContext turnContext, HandoffTicket ticket, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        var text = activity.Text ?? "";
        var words = ticket.Status == HandoffStatus.Waiting ? content.Resident.LeaveQueueWords : content.Resident.EndChatWords;
        if (Matches(text, words))
        {
            var ended = await ResidentLeftAsync(ticket, ct).ConfigureAwait(false);
            var reply = ticket.Status == HandoffStatus.Waiting
                ? content.Resident.LeftQueue
                : AgentContent.Fill(content.Resident.LeftChat, ("name", ticket.AgentDisplayName ?? ""));
            if (ended)
            {
                await turnContext.SendActivityAsync(reply, cancellationToken: ct).ConfigureAwait(false);
            }

            return;
        }

        var shown = string.IsNullOrEmpty(text) && activity.Attachments?.Count > 0
            ? $"[{activity.Attachments.Count} attachment(s)]"
            : text;
        var emergency = activity.ChannelData is JObject data && data["emergency"]?.Type == JTokenType.Boolean && data["emergency"]!.Value<bool>();
        var line = new ChatLine(activity.Id ?? Guid.NewGuid().ToString("N"), ticket.Id, "resident", null, shown, time.GetUtcNow(), emergency);
        await notifier.ChatLineAsync(ticket, line).ConfigureAwait(false);
    }

    private async Task<bool> ResidentLeftAsync(HandoffTicket ticket, CancellationToken ct)
    {
        var ended = await queue.EndAsync(ticket.Id, HandoffStatus.ResidentLeft, "resident-left", ct).ConfigureAwait(false);
        if (ended is not { Status: HandoffStatus.ResidentLeft })
        {
            return false;
        }

        if (services.GetService<IAuditLog>() is { } audit)
        {
            await audit.RecordAsync(new AuditEvent("handoff.resident-left", ticket.ConversationId, ticket.Status.ToString(), time.GetUtcNow()), ct).ConfigureAwait(false);
        }

        await notifier.ResidentLeftAsync(ticket).ConfigureAwait(false);
        monitor.RequestRefresh();
        return true;
    }

    /// <summary>A whole-message match, ignoring case, spaces and end punctuation ("Leave queue." matches; "cancel my report" does not).</summary>
    public static bool Matches(string text, IEnumerable<string> words)
    {
        var said = string.Join(' ', text.Trim().TrimEnd('.', '!', '?').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return said.Length > 0 && words.Any(w => string.Equals(w, said, StringComparison.OrdinalIgnoreCase));
    }
}
