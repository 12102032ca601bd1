using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatTriage.Web.Hosting;

/// <summary>The Bot Framework side of the host: authentication from configuration and the CloudAdapter.</summary>
public static class BotFrameworkExtensions
{
    public static WebApplicationBuilder AddChatTriageBotFramework(this WebApplicationBuilder builder)
    {
        // With no MicrosoftAppId configured, ConfigurationBotFrameworkAuthentication accepts anonymous
        // requests (development, the Emulator); with one, it enforces Bot Framework authentication.
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>()));

        // CloudAdapter has two constructors that DI finds ambiguous, so it is built by a factory.
        builder.Services.AddSingleton<ChatTriageCloudAdapter>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ChatTriageCloudAdapter>());
        return builder;
    }
}
