namespace ChatTriage.Web.Agents.Hub;

/// <summary>A signed-in agent (for transfers and the supervisor view).</summary>
public sealed record AgentPresenceView(string Id, string DisplayName, bool IsSupervisor, int Chats);
