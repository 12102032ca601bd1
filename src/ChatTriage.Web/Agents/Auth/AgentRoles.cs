namespace ChatTriage.Web.Agents.Auth;

/// <summary>The two roles of the console.</summary>
public static class AgentRoles
{
    public const string Agent = "Agent";
    public const string Supervisor = "Supervisor";
}
