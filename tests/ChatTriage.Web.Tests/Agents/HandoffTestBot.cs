using ChatTriage.Bot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>
/// A stand-in for TriageBot's handoff behaviour: while a ticket is open, messages go to the agent relay;
/// "person" queues the conversation as step 4 would; anything else is echoed.
/// </summary>
public sealed class HandoffTestBot(IHandoffQueue queue, IAgentRelay relay) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        if (await queue.FindOpenAsync(activity.Conversation.Id, cancellationToken) is { } ticket)
        {
            await relay.RelayToAgentAsync(turnContext, ticket, cancellationToken);
        }
        else if (activity.Text == "person")
        {
            var reference = JsonConvert.SerializeObject(activity.GetConversationReference());
            await queue.EnqueueAsync(new HandoffRequest(activity.Conversation.Id, reference, "Share information", "step4", "Noise and shouting next door", """{"what":"Shouting"}"""), cancellationToken);
        }
        else
        {
            await turnContext.SendActivityAsync("bot: " + activity.Text, cancellationToken: cancellationToken);
        }
    }
}
