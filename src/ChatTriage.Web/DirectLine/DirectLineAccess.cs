using Microsoft.Extensions.Options;

namespace ChatTriage.Web.DirectLine;

/// <summary>
/// Checks the Bearer token of a request against the conversation in the path: a token only ever opens its own
/// conversation (any other answers 404, hiding whether it exists). Also builds the public stream URL.
/// </summary>
public sealed class DirectLineAccess(DirectLineTokens tokens, IDirectLineStore store, IOptions<DirectLineOptions> options)
{
    public const string BasePath = "/v3/directline";

    public DirectLineTokens Tokens => tokens;

    /// <summary>The token's conversation, or the error to answer with.</summary>
    public async Task<(DirectLineConversation? Conversation, TokenCheck Check, IResult? Error)> AuthorizeAsync(
        HttpContext http, string? pathConversationId)
    {
        var check = tokens.Check(BearerOf(http.Request));
        if (!check.IsValid)
        {
            return (null, check, DirectLineErrors.For(check.Status));
        }

        if (pathConversationId is not null && !string.Equals(pathConversationId, check.ConversationId, StringComparison.Ordinal))
        {
            return (null, check, DirectLineErrors.NotFound());
        }

        var conversation = await store.FindConversationAsync(check.ConversationId, http.RequestAborted);
        return conversation is null || conversation.UserId != check.UserId
            ? (null, check, DirectLineErrors.NotFound())
            : (conversation, check, null);
    }

    /// <summary>The lifetime of a conversation token, in seconds (expires_in).</summary>
    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    /// <summary>An absolute ws:// or wss:// URL on the public host (forwarded headers are applied earlier in the pipeline).</summary>
    public string StreamUrl(HttpRequest request, DirectLineConversation conversation, long watermark)
    {
        var scheme = string.Equals(request.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        var streamToken = tokens.IssueStreamToken(conversation.Id, conversation.UserId);
        return $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream"
            + $"?t={Uri.EscapeDataString(streamToken)}&watermark={watermark}";
    }

    /// <summary>The app's own base URL, given to the bot as serviceUrl.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Empty or absent = from the start; anything not a non-negative number is refused.</summary>
    public static bool TryParseWatermark(string? text, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(text) || (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }
}
