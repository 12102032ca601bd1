namespace ChatTriage.Web.Agents.Auth;

/// <summary>
/// A local agent account from configuration (Agents:Accounts:N). <see cref="PasswordHash"/> is the
/// ASP.NET Core Identity v3 format (PBKDF2 with HMAC-SHA512, 100,000 iterations, 128-bit salt, base64),
/// as made by PasswordHasher&lt;AgentAccount&gt;.
/// </summary>
public sealed class AgentAccount
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = AgentRoles.Agent;
}
