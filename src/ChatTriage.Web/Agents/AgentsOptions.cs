using ChatTriage.Web.Agents.Auth;

namespace ChatTriage.Web.Agents;

/// <summary>Configuration section "Agents": local accounts (development), lockout and where the content is.</summary>
public sealed class AgentsOptions
{
    public const string Section = "Agents";

    /// <summary>Local accounts with hashed passwords. Used only when OpenID Connect is not configured.</summary>
    public List<AgentAccount> Accounts { get; set; } = [];

    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public int LockoutFailures { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The dialogs/agents folder; found by walking up from the content root when not set.</summary>
    public string? ContentFolder { get; set; }
}
