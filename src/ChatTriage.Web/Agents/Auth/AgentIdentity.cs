using System.Security.Claims;

namespace ChatTriage.Web.Agents.Auth;

/// <summary>Who is signed in to the console, read from the sign-in's claims.</summary>
public sealed record AgentIdentity(string Id, string DisplayName, bool IsSupervisor)
{
    public static AgentIdentity From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? user.FindFirstValue("sub")
            ?? user.Identity?.Name
            ?? throw new InvalidOperationException("The sign-in has no user id.");
        var display = user.FindFirstValue(AgentPolicies.DisplayNameClaim)
            ?? user.FindFirstValue("given_name")
            ?? user.Identity?.Name
            ?? id;
        return new AgentIdentity(id, display, user.IsInRole(AgentRoles.Supervisor));
    }
}
