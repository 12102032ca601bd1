using ChatTriage.Bot;
using ChatTriage.Bot.Emergency;
using ChatTriage.Storage.Hosting;
using Microsoft.Bot.Builder;
using BotMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace ChatTriage.Web.Hosting;

/// <summary>
/// The bot and what it stands on: storage, content, dialogs, and the middleware every channel runs
/// (transcript first, then the 999 interrupt, so it runs before any dialog, prompt or agent relay).
/// </summary>
public static class BotExtensions
{
    public static WebApplicationBuilder AddChatTriageBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var dialogs = DialogsFolder.Get(builder);

        services.AddSingleton(TimeProvider.System);
        services.AddChatTriageStorage(builder.Configuration);
        services.AddChatTriageBot(builder.Configuration, dialogs);
        services.AddSingleton(EmergencyContent.Load(dialogs));

        // Middleware order matters: every adapter resolves IEnumerable<BotMiddleware> and uses them in this order.
        services.AddSingleton<BotMiddleware>(sp => new TranscriptLoggerMiddleware(sp.GetRequiredService<ITranscriptLogger>()));
        services.AddSingleton<BotMiddleware, EmergencyMiddleware>();

        services.AddSingleton<ITurnErrorMessage, ContentTurnErrorMessage>();
        services.AddSingleton<TurnErrorHandler>();
        return builder;
    }
}
