using Microsoft.Bot.Builder;

namespace ChatTriage.Bot.Handoff;

/// <summary>The default relay until the agent console provides one: the message stays for the console to read.</summary>
public sealed class NoAgentRelay : IAgentRelay
{
    public Task RelayToAgentAsync(ITurnContext turnContext, HandoffTicket ticket, CancellationToken cancellationToken) => Task.CompletedTask;
}
