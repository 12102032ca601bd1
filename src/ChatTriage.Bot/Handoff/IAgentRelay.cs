using Microsoft.Bot.Builder;

namespace ChatTriage.Bot.Handoff;

/// <summary>
/// Passes a resident's message to the human agent of an open handoff ticket. The agent console implements it;
/// while a ticket is open the bot runs no dialogs.
/// </summary>
public interface IAgentRelay
{
    Task RelayToAgentAsync(ITurnContext turnContext, HandoffTicket ticket, CancellationToken cancellationToken);
}
