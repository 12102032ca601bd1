using ChatTriage.Storage.DataProtection;
using ChatTriage.Storage.Hosting;
using ChatTriage.Web.DirectLine;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace ChatTriage.Web.Scaling;

/// <summary>
/// What lets the app restart without losing chats and run as several instances behind a load balancer:
/// Direct Line conversations and data-protection keys in the database (Storage:Provider Sqlite or Postgres), and,
/// when <c>ConnectionStrings:Redis</c> is set, Direct Line notifications carried between instances by Redis.
/// </summary>
public static class ScaleOutExtensions
{
    public const string RedisConnectionName = "Redis";

    /// <summary>All instances use this name, so they read each other's protected data whatever their content root.</summary>
    public const string DataProtectionApplicationName = "ChatTriage";

    /// <summary>Call after AddChatTriageBot and AddChatTriageDirectLine: it replaces their single-instance defaults.</summary>
    public static WebApplicationBuilder AddChatTriageScaleOut(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var dataProtection = services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);

        if (StorageServiceCollectionExtensions.ReadProvider(builder.Configuration) != StorageProvider.Memory)
        {
            services.Replace(ServiceDescriptor.Singleton<IDirectLineStore>(sp => ActivatorUtilities.CreateInstance<SqlDirectLineStore>(sp)));
            dataProtection.Services.AddOptions<KeyManagementOptions>()
                .Configure<IServiceProvider>((options, sp) => options.XmlRepository = sp.GetRequiredService<SqlXmlRepository>());
        }

        var redis = builder.Configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ =>
            {
                var options = ConfigurationOptions.Parse(redis);

                // Keep retrying in the background rather than failing start-up when Redis restarts.
                options.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(options);
            });
            services.Replace(ServiceDescriptor.Singleton<IDirectLineNotifier, RedisDirectLineNotifier>());
        }

        return builder;
    }
}
