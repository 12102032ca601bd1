using ChatTriage.EchoBot.Bots;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatTriage.EchoBot;

/// <summary>Registers the echo bot the way ChatTriage registers its own: CloudAdapter and configuration authentication.</summary>
public static class EchoBotServiceCollectionExtensions
{
    /// <summary>Configuration key choosing the variant: <c>EchoBot:State</c> = <c>None</c> (default) or <c>Memory</c>.</summary>
    public const string StateKey = "EchoBot:State";

    public static IServiceCollection AddEchoBot(this IServiceCollection services, IConfiguration configuration)
    {
        // No MicrosoftAppId configured: anonymous requests are accepted, as in ChatTriage's development set-up.
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>()));

        // CloudAdapter has two constructors that DI finds ambiguous, so it is built by a factory.
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));

        var mode = ReadMode(configuration[StateKey]);
        if (mode == EchoStateMode.Memory)
        {
            services.AddSingleton<IStorage, MemoryStorage>();
            services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
            services.AddTransient<IBot, StatefulEchoBot>();
        }
        else
        {
            services.AddTransient<IBot, Bots.EchoBot>();
        }

        return services;
    }

    private static EchoStateMode ReadMode(string? value) =>
        string.IsNullOrWhiteSpace(value) ? EchoStateMode.None
        : Enum.TryParse<EchoStateMode>(value.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode
        : throw new InvalidOperationException($"{StateKey} is '{value}'; use None or Memory.");
}
