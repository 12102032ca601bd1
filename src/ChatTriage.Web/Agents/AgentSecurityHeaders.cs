namespace ChatTriage.Web.Agents;

/// <summary>A strict Content-Security-Policy and friends on every /agent response.</summary>
public static class AgentSecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseAgentSecurityHeaders(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/agent"))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-cache, no-store"; // as anti-forgery sets it, so it need not override
                headers.Pragma = "no-cache";
            }

            await next(context).ConfigureAwait(false);
        });
}
