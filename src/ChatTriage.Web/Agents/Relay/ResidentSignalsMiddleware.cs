using ChatTriage.Bot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Agents.Relay;

/// <summary>
/// TriageBot hands only messages to the relay. This middleware passes the rest of what a queued or
/// connected resident does to it: typing, closing the chat (endOfConversation, or leaving the conversation)
/// and, for external hubs, handoff.status events. Messages and other conversations go straight on.
/// </summary>
public sealed class ResidentSignalsMiddleware(IHandoffQueue queue, AgentRelay relay) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var isSignal = activity.Type is ActivityTypes.Typing or ActivityTypes.EndOfConversation or ActivityTypes.Event
            || (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Count > 0);
        if (isSignal && activity.Conversation?.Id is { Length: > 0 } conversationId
            && await queue.FindOpenAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } ticket)
        {
            await relay.RelayToAgentAsync(turnContext, ticket, cancellationToken).ConfigureAwait(false);
        }

        await next(cancellationToken).ConfigureAwait(false);
    }
}
