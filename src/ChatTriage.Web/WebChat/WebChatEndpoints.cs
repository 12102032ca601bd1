using Microsoft.Extensions.Options;

namespace ChatTriage.Web.WebChat;

/// <summary>The resident page, its configuration and the token endpoint.</summary>
public static class WebChatEndpoints
{
    public const string TokenRateLimitPolicy = "webchat-token";

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http, ChatPage page) => page.Render(http));
        app.MapGet("/api/webchat/config", Config);
        app.MapPost("/api/webchat/token", CreateTokenAsync).RequireRateLimiting(TokenRateLimitPolicy);
        return app;
    }

    /// <summary>Public, cacheable, readable cross-origin: embed.js on a force's site reads its button text here.</summary>
    private static IResult Config(HttpContext http, PageTexts texts, IOptions<ForceOptions> force, IOptions<WebChatOptions> webChat, IWebChatTokenSource tokens)
    {
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Json(new
        {
            forceName = force.Value.Name,
            logoUrl = string.IsNullOrWhiteSpace(force.Value.LogoUrl) ? null : force.Value.LogoUrl,
            quickExitUrl = webChat.Value.QuickExitUrl,
            domain = tokens.SelfHosted ? DirectLine.DirectLineAccess.BasePath : null,
            refreshUrl = tokens.SelfHosted ? DirectLine.DirectLineAccess.BasePath + "/tokens/refresh" : "https://directline.botframework.com/v3/directline/tokens/refresh",
            tokenUrl = "/api/webchat/token",
            texts = PageTextsLoader.Entries(texts).ToDictionary(e => e.Name, e => e.Value),
        });
    }

    private static async Task<IResult> CreateTokenAsync(IWebChatTokenSource tokens, ILogger<ChatPage> logger, CancellationToken cancellationToken)
    {
        try
        {
            var token = await tokens.CreateAsync(cancellationToken);
            return Results.Json(token, statusCode: StatusCodes.Status200OK);
        }
        catch (HttpRequestException ex)
        {
            logger.LogError(ex, "Getting a Direct Line token from Azure failed.");
            return DirectLine.DirectLineErrors.Error(StatusCodes.Status502BadGateway, "TokenUnavailable", "The chat service is not available.");
        }
    }
}
