using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;

namespace ChatTriage.Web.DirectLine;

/// <summary>The Direct Line 3.0 REST endpoints under <c>/v3/directline</c> (see shared/directline.md).</summary>
public static class DirectLineEndpoints
{
    public static IEndpointRouteBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DirectLineAccess.BasePath);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.Map("/conversations/{conversationId}/stream", (HttpContext http, string conversationId, DirectLineStream stream) => stream.HandleAsync(http, conversationId));
        group.MapPost("/tokens/refresh", RefreshAsync);
        return app;
    }

    private static async Task<IResult> StartAsync(HttpContext http, DirectLineAccess access, IDirectLineStore store, DirectLineTurns turns)
    {
        var (conversation, check, error) = await access.AuthorizeAsync(http, null);
        if (error is not null)
        {
            return error;
        }

        var created = await store.TryMarkStartedAsync(conversation!.Id, http.RequestAborted);
        if (created)
        {
            var locale = await ReadLocaleAsync(http.Request);
            var failed = await turns.RunBoundedAsync(
                ct => turns.Adapter.StartConversationAsync(conversation, locale, DirectLineAccess.ServiceUrl(http.Request), ct),
                turns.StartWait);
            if (failed)
            {
                return DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not start the conversation.");
            }
        }

        var body = ConversationBody(http, access, conversation, check, 0);
        return Results.Content(body, "application/json", statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(
        HttpContext http, string conversationId, [FromQuery] string? watermark, DirectLineAccess access, IDirectLineStore store, DirectLineTurns turns)
    {
        var (conversation, check, error) = await access.AuthorizeAsync(http, conversationId);
        if (error is not null)
        {
            return error;
        }

        // A page that resumes a conversation it never started (closed during the first connect) still gets the greeting.
        if (await store.TryMarkStartedAsync(conversation!.Id, http.RequestAborted))
        {
            await turns.RunBoundedAsync(
                ct => turns.Adapter.StartConversationAsync(conversation, null, DirectLineAccess.ServiceUrl(http.Request), ct),
                turns.StartWait);
        }

        DirectLineAccess.TryParseWatermark(watermark, out var from);
        return Results.Content(ConversationBody(http, access, conversation!, check, from), "application/json");
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineAccess access, ClientActivityReader reader, DirectLineTurns turns, DirectLinePostLimiter limiter)
    {
        var (conversation, _, error) = await access.AuthorizeAsync(http, conversationId);
        if (error is not null)
        {
            return error;
        }

        if (!limiter.TryAcquire(conversation!.Id))
        {
            http.Response.Headers.RetryAfter = "1";
            return DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many messages at once. Please wait a moment.");
        }

        var (activity, badInput) = await reader.ReadAsync(http.Request, conversation, turns.Adapter.Bot);
        if (badInput is not null)
        {
            return badInput;
        }

        var entry = await turns.Adapter.AppendAsync(conversation.Id, activity!, http.RequestAborted);
        var failed = await turns.RunBoundedAsync(
            ct => turns.Adapter.ProcessActivityAsync(entry.Activity, DirectLineAccess.ServiceUrl(http.Request), ct),
            turns.PostWait);
        return failed
            ? DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not handle the activity.")
            : Results.Json(new { id = entry.Activity.Id });
    }

    /// <summary>Polling: never a 5xx (directlinejs stops polling for good on one), activities always an array.</summary>
    private static async Task<IResult> GetActivitiesAsync(
        HttpContext http, string conversationId, [FromQuery] string? watermark, DirectLineAccess access, IDirectLineStore store, ILogger<DirectLineAccess> logger)
    {
        var (conversation, _, error) = await access.AuthorizeAsync(http, conversationId);
        if (error is not null)
        {
            return error;
        }

        DirectLineAccess.TryParseWatermark(watermark, out var from);
        try
        {
            var entries = await store.ReadAfterAsync(conversation!.Id, from, http.RequestAborted);
            return Results.Content(ActivitySet.Serialize(entries, from), "application/json");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Reading Direct Line activities failed; answering with none.");
            return Results.Content(ActivitySet.Serialize([], from), "application/json");
        }
    }

    private static async Task<IResult> UploadAsync(HttpContext http, string conversationId, DirectLineAccess access)
    {
        var (_, _, error) = await access.AuthorizeAsync(http, conversationId);
        return error ?? DirectLineErrors.BadArgument("Sending files is not supported in this chat.");
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineAccess access)
    {
        var (conversation, _, error) = await access.AuthorizeAsync(http, null);
        if (error is not null)
        {
            return error;
        }

        return Results.Json(new TokenResponse(conversation!.Id, access.Tokens.IssueToken(conversation.Id, conversation.UserId), access.LifetimeSeconds));
    }

    private static string ConversationBody(HttpContext http, DirectLineAccess access, DirectLineConversation conversation, TokenCheck check, long watermark) =>
        new JsonObject
        {
            ["conversationId"] = conversation.Id,
            ["token"] = DirectLineAccess.BearerOf(http.Request) ?? access.Tokens.IssueToken(check.ConversationId, check.UserId),
            ["expires_in"] = access.LifetimeSeconds,
            ["streamUrl"] = access.StreamUrl(http.Request, conversation, watermark),
        }.ToJsonString();

    /// <summary>The start body may carry a locale; anything unreadable is ignored (the body is optional).</summary>
    private static async Task<string?> ReadLocaleAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 or > 4096)
        {
            return null;
        }

        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            var locale = node?["locale"]?.GetValue<string>();
            return locale is { Length: <= 20 } ? locale : null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
