using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatTriage.Web.Endpoints;

/// <summary>
/// POST /api/messages: the Bot Framework protocol (Azure Bot Service, the Emulator). The body is checked
/// before the adapter sees it, so bad input gets a 400 with a clear reason instead of a 500.
/// </summary>
public static class MessagesEndpoint
{
    private const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapChatTriageMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await WriteProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "The activity is too large.").ConfigureAwait(false);
            return;
        }

        http.Request.EnableBuffering(MaxBodyBytes);
        var problem = await ValidateAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (problem is not null)
        {
            await WriteProblemAsync(http, problem.Value.Status, problem.Value.Message).ConfigureAwait(false);
            return;
        }

        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<(int Status, string Message)?> ValidateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string body;
        using (var reader = new StreamReader(request.Body, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        if (body.Length > MaxBodyBytes)
        {
            return (StatusCodes.Status413PayloadTooLarge, "The activity is too large.");
        }

        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(body);
        }
        catch (JsonException)
        {
            return (StatusCodes.Status400BadRequest, "The body is not valid JSON for a Bot Framework activity.");
        }

        if (activity is null)
        {
            return (StatusCodes.Status400BadRequest, "The body is empty: send a Bot Framework activity.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (StatusCodes.Status400BadRequest, "The activity has no conversation id.");
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return (StatusCodes.Status400BadRequest, "The activity has no sender (from.id).");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return (StatusCodes.Status400BadRequest, "The activity has no serviceUrl.");
        }

        return null;
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string message) =>
        TypedResults.Problem(title: message, statusCode: status).ExecuteAsync(http);
}
