using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Hub;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Web.Agents.Relay;

/// <summary>
/// For conversations with an open ticket: TriageBot hands only messages to the relay, so this middleware passes
/// the rest of what the resident does to it (typing, closing the chat, handoff.status events), and shows the
/// agent, live, what the bot itself tells the resident meanwhile (the 999 message above all, flagged as an
/// emergency). Agents' own messages are not echoed back. Other conversations go straight on.
/// </summary>
public sealed class ResidentSignalsMiddleware(IHandoffQueue queue, AgentRelay relay, AgentNotifier notifier, TimeProvider time) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId
            || await queue.FindOpenAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        turnContext.OnSendActivities(async (context, activities, sendNext) =>
        {
            var responses = await sendNext().ConfigureAwait(false);
            foreach (var sent in activities.Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrEmpty(a.Text) && !IsFromAgent(a)))
            {
                var line = new ChatLine(Guid.NewGuid().ToString("N"), ticket.Id, "bot", null, sent.Text, time.GetUtcNow(), IsEmergency(sent));
                await notifier.ChatLineAsync(ticket, line).ConfigureAwait(false);
            }

            return responses;
        });

        var isSignal = activity.Type is ActivityTypes.Typing or ActivityTypes.EndOfConversation
            || (activity.Type == ActivityTypes.Event && activity.Name == HandoffEventNames.HandoffStatus)
            || (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Count > 0);
        if (isSignal)
        {
            await relay.RelayToAgentAsync(turnContext, ticket, cancellationToken).ConfigureAwait(false);
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsFromAgent(Activity activity) => ChannelData(activity)?["agent"] is not null;

    private static bool IsEmergency(Activity activity)
        => ChannelData(activity)?["emergency"] is { Type: JTokenType.Boolean } flag && flag.Value<bool>();

    private static JObject? ChannelData(Activity activity) => activity.ChannelData switch
    {
        null => null,
        JObject json => json,
        var other => JObject.FromObject(other),
    };
}
