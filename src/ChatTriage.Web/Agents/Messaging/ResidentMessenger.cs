using ChatTriage.Bot.Handoff;
using ChatTriage.Web.DirectLine;
using ChatTriage.Web.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatTriage.Web.Agents.Messaging;

/// <summary>
/// Reaches a resident through the adapter that owns the conversation, with Bot Framework
/// ContinueConversationAsync and the ConversationReference stored on the ticket. Direct Line conversations
/// go through the in-process Direct Line adapter when it is registered; others through the CloudAdapter.
/// Going through an adapter runs its middleware, so the transcript records what agents send. Never call it
/// from inside the same conversation's turn (the Direct Line adapter runs one turn at a time per conversation):
/// inside a turn, reply on the turn context instead.
/// </summary>
public sealed class ResidentMessenger(IServiceProvider services, IConfiguration configuration) : IResidentMessenger
{
    public async Task SendToResidentAsync(HandoffTicket ticket, IActivity activity, CancellationToken cancellationToken)
    {
        var reference = ReadReference(ticket);
        var adapter = ChooseAdapter(reference.ChannelId);
        var botAppId = configuration["MicrosoftAppId"] ?? "";
        await adapter.ContinueConversationAsync(
            botAppId,
            reference,
            async (turnContext, ct) => await turnContext.SendActivityAsync(activity, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored reference; a ticket without one cannot be answered, which is a bug upstream.</summary>
    public static ConversationReference ReadReference(HandoffTicket ticket)
        => JsonConvert.DeserializeObject<ConversationReference>(ticket.ConversationReferenceJson)
            ?? throw new InvalidOperationException($"Ticket {ticket.Id} has no conversation reference.");

    private BotAdapter ChooseAdapter(string? channelId)
    {
        if (string.Equals(channelId, DirectLineAdapter.ChannelId, StringComparison.OrdinalIgnoreCase)
            && services.GetService<DirectLineAdapter>() is { } directLine)
        {
            return directLine;
        }

        return services.GetRequiredService<ChatTriageCloudAdapter>();
    }
}
