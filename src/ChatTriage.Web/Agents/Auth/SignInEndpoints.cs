using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace ChatTriage.Web.Agents.Auth;

/// <summary>GET/POST /agent/signin (local accounts, anti-forgery, lockout) and POST /agent/signout.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapAgentSignIn(this IEndpointRouteBuilder app, bool openIdConnect)
    {
        if (openIdConnect)
        {
            app.MapGet("/agent/signin", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOr(returnUrl) }, [AgentPolicies.OpenIdScheme]));
        }
        else
        {
            app.MapGet("/agent/signin", ShowForm);
            app.MapPost("/agent/signin", SignInAsync).DisableAntiforgery(); // validated explicitly below
        }

        app.MapPost("/agent/signout", SignOutAsync).DisableAntiforgery();
        app.MapGet("/agent/denied", (HttpContext http) =>
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return AgentPages.Render("denied.html");
        });
        return app;
    }

    private static IResult ShowForm(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? problem)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var message = problem switch
        {
            "failed" => "The user name or password is not right.",
            "locked" => "This account is locked after too many attempts. Try again later or ask a supervisor.",
            "expired" => "The form had expired. Please sign in again.",
            _ => "",
        };
        return AgentPages.Render(
            "signin.html",
            ("token", tokens.RequestToken ?? ""),
            ("returnUrl", LocalOr(returnUrl)),
            ("message", message),
            ("messageHidden", message.Length == 0 ? "hidden" : ""));
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        AgentAccountStore accounts,
        SignInThrottle throttle,
        ILoggerFactory loggers)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var returnUrl = LocalOr(form["returnUrl"]);
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.Redirect(FormUrl(returnUrl, "expired"));
        }

        var userName = form["userName"].ToString().Trim();
        var password = form["password"].ToString();
        if (userName.Length is 0 or > 100 || password.Length is 0 or > 200)
        {
            return Results.Redirect(FormUrl(returnUrl, "failed"));
        }

        if (await throttle.IsLockedAsync(userName, http.RequestAborted).ConfigureAwait(false))
        {
            return Results.Redirect(FormUrl(returnUrl, "locked"));
        }

        var account = accounts.Verify(userName, password);
        if (account is null)
        {
            await throttle.RecordFailureAsync(userName, http.RequestAborted).ConfigureAwait(false);
            loggers.CreateLogger(typeof(SignInEndpoints)).LogWarning("Failed agent sign-in");
            var locked = await throttle.IsLockedAsync(userName, http.RequestAborted).ConfigureAwait(false);
            return Results.Redirect(FormUrl(returnUrl, locked ? "locked" : "failed"));
        }

        await throttle.RecordSuccessAsync(userName, http.RequestAborted).ConfigureAwait(false);
        await http.SignInAsync(AgentPolicies.CookieScheme, AgentAuthenticationExtensions.PrincipalFor(account)).ConfigureAwait(false);
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        await http.SignOutAsync(AgentPolicies.CookieScheme).ConfigureAwait(false);
        return Results.Redirect("/agent/signin");
    }

    private static string FormUrl(string returnUrl, string problem)
        => $"/agent/signin?problem={problem}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    // Only local console addresses: a sign-in link can never send an agent to another site.
    private static string LocalOr(string? returnUrl)
        => !string.IsNullOrEmpty(returnUrl)
            && (returnUrl == "/agent" || returnUrl.StartsWith("/agent/", StringComparison.Ordinal) || returnUrl.StartsWith("/agent?", StringComparison.Ordinal))
            && !returnUrl.Contains("..", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : "/agent";
}
