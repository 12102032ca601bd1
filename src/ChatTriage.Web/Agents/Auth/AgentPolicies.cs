namespace ChatTriage.Web.Agents.Auth;

/// <summary>Authorization policies of the console; both accept only the agents' sign-in, never a resident's token.</summary>
public static class AgentPolicies
{
    /// <summary>Agents and supervisors.</summary>
    public const string Agent = "ChatTriage.Agent";

    /// <summary>Supervisors only.</summary>
    public const string Supervisor = "ChatTriage.Supervisor";

    /// <summary>The cookie scheme of the console.</summary>
    public const string CookieScheme = "AgentCookie";

    /// <summary>The OpenID Connect scheme (production).</summary>
    public const string OpenIdScheme = "AgentOpenIdConnect";

    /// <summary>The claim holding the display name residents see (first name or call sign).</summary>
    public const string DisplayNameClaim = "chattriage:display_name";
}
