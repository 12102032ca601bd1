namespace ChatTriage.Web.Agents;

/// <summary>Who answers handed-over chats: our own agent console, or an external hub through the channel.</summary>
public enum HandoffMode
{
    /// <summary>Our agent console (SignalR) takes the chats.</summary>
    Internal,

    /// <summary>The Bot Framework handoff protocol: send handoff.initiate, follow handoff.status.</summary>
    External,
}
