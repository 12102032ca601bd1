namespace ChatTriage.Web.Agents.Hub;

/// <summary>SignalR groups: everyone signed in, one agent's connections, and supervisors.</summary>
public static class AgentGroups
{
    public const string All = "agents";
    public const string Supervisors = "supervisors";

    public static string Agent(string agentId) => "agent:" + agentId;
}
