using ChatTriage.Bot.Bots;
using ChatTriage.Bot.Content;
using ChatTriage.Bot.Dialogs;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Options;
using ChatTriage.Bot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatTriage.Bot;

/// <summary>Registers the triage bot: content, language, dialogs, state and <see cref="TriageBot"/> as <see cref="IBot"/>.</summary>
public static class ChatTriageBotServiceCollectionExtensions
{
    /// <summary>
    /// Loads and validates the content in <paramref name="dialogsFolder"/> now, so an invalid file stops start-up
    /// with its path and line. Needs an <see cref="IStorage"/>, <see cref="Reports.IReportStore"/>,
    /// <see cref="IHandoffQueue"/> and <see cref="Feedback.IFeedbackStore"/> registered by the host.
    /// </summary>
    public static IServiceCollection AddChatTriageBot(this IServiceCollection services, IConfiguration configuration, string dialogsFolder)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var content = TriageContent.Load(dialogsFolder);

        services.AddOptions<TriageOptions>()
            .Bind(configuration.GetSection(TriageOptions.SectionName))
            .Validate(o => AgentAvailability.TryParseHours(o.OpeningHours, out _, out _), "Triage:OpeningHours must look like 08:00-20:00.")
            .Validate(o => o.LongQueueThreshold > 0 && o.MinutesPerWaitingResident > 0, "Triage:LongQueueThreshold and Triage:MinutesPerWaitingResident must be above 0.")
            .ValidateOnStart();
        services.AddSingleton(content);
        services.AddSingleton(new TriageLanguage(content));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAgentRelay, NoAgentRelay>();
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));

        services.AddSingleton<TriageDependencies>();
        services.AddSingleton<RightServiceDialog>();
        services.AddSingleton<CheckOnlineDialog>();
        services.AddSingleton<ReportCrimeDialog>();
        services.AddSingleton<ReportCollisionDialog>();
        services.AddSingleton<ShareInformationDialog>();
        services.AddSingleton<FeedbackDialog>();
        services.AddSingleton<MainDialog>();
        services.AddTransient<IBot, TriageBot>();
        return services;
    }
}
