using ChatTriage.Bot;
using ChatTriage.Bot.Emergency;
using ChatTriage.Storage.Hosting;
using ChatTriage.Storage.Transcripts;
using ChatTriage.Storage.Turns;
using Microsoft.Bot.Builder;
using BotMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace ChatTriage.Web.Hosting;

/// <summary>
/// The bot and what it stands on: storage, content, dialogs, and the middleware every channel runs: the outbox
/// (replies wait there while a turn may still be retried), the transcript, the 999 interrupt (before any dialog,
/// prompt or agent relay), then the retry of a turn that lost a race to save its state.
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
        services.AddSingleton<BotMiddleware, OutboxMiddleware>();
        services.AddSingleton<BotMiddleware>(sp => new TurnTranscriptMiddleware(
            sp.GetRequiredService<ITranscriptLogger>(), sp.GetRequiredService<ILogger<TurnTranscriptMiddleware>>()));
        services.AddSingleton<BotMiddleware, EmergencyMiddleware>();
        services.AddSingleton<BotMiddleware, ConflictRetryMiddleware>();

        services.AddSingleton<ITurnErrorMessage, ContentTurnErrorMessage>();
        services.AddSingleton<TurnErrorHandler>();
        return builder;
    }

    /// <summary>
    /// Adds middleware that only watches what a resident sends and is sent (it never stops a turn). It goes right after
    /// the outbox, before the 999 interrupt, so it sees the 999 message and only replies that were really sent.
    /// </summary>
    public static void AddObservingBotMiddleware<T>(this IServiceCollection services)
        where T : class, BotMiddleware
    {
        var outbox = services.ToList().FindIndex(d => d.ServiceType == typeof(BotMiddleware) && d.ImplementationType == typeof(OutboxMiddleware));
        services.Insert(outbox + 1, ServiceDescriptor.Singleton<BotMiddleware>(sp => sp.GetRequiredService<T>()));
    }
}
