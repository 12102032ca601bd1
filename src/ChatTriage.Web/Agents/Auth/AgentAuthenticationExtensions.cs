using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ChatTriage.Web.Agents.Auth;

/// <summary>
/// Sign-in for the console: a cookie, issued either by our sign-in form (local accounts, development) or by
/// OpenID Connect when Authentication:OpenIdConnect:Authority is set (production, roles from the "roles" claim).
/// The schemes are named, not default, so nothing else in the app (Direct Line, /api/messages) is touched.
/// </summary>
public static class AgentAuthenticationExtensions
{
    public static bool UsesOpenIdConnect(IConfiguration configuration)
        => !string.IsNullOrWhiteSpace(configuration["Authentication:OpenIdConnect:Authority"]);

    public static IServiceCollection AddAgentAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = services.AddAuthentication();
        auth.AddCookie(AgentPolicies.CookieScheme, options =>
        {
            options.Cookie.Name = "ChatTriage.Agent";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/agent";
            options.LoginPath = "/agent/signin";
            options.AccessDeniedPath = "/agent/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(12); // a long shift
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => RefuseOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RefuseOrRedirect(context, StatusCodes.Status403Forbidden);
            if (UsesOpenIdConnect(configuration))
            {
                options.ForwardChallenge = AgentPolicies.OpenIdScheme;
            }
        });

        if (UsesOpenIdConnect(configuration))
        {
            auth.AddOpenIdConnect(AgentPolicies.OpenIdScheme, options =>
            {
                configuration.GetSection("Authentication:OpenIdConnect").Bind(options);
                options.SignInScheme = AgentPolicies.CookieScheme;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.CallbackPath = "/agent/signin-oidc";
                options.SignedOutCallbackPath = "/agent/signout-callback-oidc";
                options.GetClaimsFromUserInfoEndpoint = true;
                options.Scope.Add("profile");
                options.TokenValidationParameters.RoleClaimType = configuration["Authentication:OpenIdConnect:RoleClaimType"] ?? "roles";
                options.TokenValidationParameters.NameClaimType = "name";
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(AgentPolicies.Agent, policy => policy
                .AddAuthenticationSchemes(AgentPolicies.CookieScheme)
                .RequireAuthenticatedUser()
                .RequireRole(AgentRoles.Agent, AgentRoles.Supervisor))
            .AddPolicy(AgentPolicies.Supervisor, policy => policy
                .AddAuthenticationSchemes(AgentPolicies.CookieScheme)
                .RequireAuthenticatedUser()
                .RequireRole(AgentRoles.Supervisor));
        return services;
    }

    /// <summary>The claims a local account signs in with.</summary>
    public static ClaimsPrincipal PrincipalFor(AgentAccount account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.UserName),
            new(ClaimTypes.Name, account.UserName),
            new(AgentPolicies.DisplayNameClaim, string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName : account.DisplayName),
            new(ClaimTypes.Role, account.Role),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AgentPolicies.CookieScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    // Pages redirect to the sign-in form; the API and the hub answer with a status code that scripts can read.
    private static Task RefuseOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/agent/api") || path.StartsWithSegments("/agent/hub"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
