using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatTriage.Web.Hosting;

/// <summary>
/// The adapter behind POST /api/messages. It runs the same middleware, in the same order, as the
/// Direct Line channel (the 999 interrupt first), and the shared turn error handler.
/// </summary>
public sealed class ChatTriageCloudAdapter : CloudAdapter
{
    public ChatTriageCloudAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        TurnErrorHandler errorHandler,
        ILogger<ChatTriageCloudAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }
}
