using ChatTriage.Web.Agents.Hub;

namespace ChatTriage.Web.Agents.Floor;

/// <summary>One agent (online, or holding chats) and the chats they hold.</summary>
public sealed record AgentLoad(string Id, string DisplayName, bool Online, IReadOnlyList<TicketView> Chats);
