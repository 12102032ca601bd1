namespace ChatTriage.Web.Agents.Hub;

/// <summary>What the server pushes to console pages.</summary>
public interface IAgentClient
{
    /// <summary>The queue or an assignment changed: fetch GetQueue again.</summary>
    Task QueueChanged();

    /// <summary>A new line in a chat the page may see (resident, agent, bot, note or system).</summary>
    Task ChatLine(ChatLine line);

    /// <summary>The resident of a ticket is typing.</summary>
    Task ResidentTyping(string ticketId);

    /// <summary>The resident of a ticket has left.</summary>
    Task ResidentLeft(string ticketId);

    /// <summary>A chat was given to this agent by a transfer.</summary>
    Task ChatTransferred(TicketView ticket);
}
