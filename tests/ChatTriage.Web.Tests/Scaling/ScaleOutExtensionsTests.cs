using ChatTriage.Storage.DataProtection;
using ChatTriage.Web.DirectLine;
using ChatTriage.Web.Hosting;
using ChatTriage.Web.Scaling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Tests.Scaling;

/// <summary>Which Direct Line store, notifier and key repository the configuration selects.</summary>
public sealed class ScaleOutExtensionsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chattriage-scaleout", Guid.NewGuid().ToString("N"));

    private IServiceProvider Build(params (string Key, string Value)[] settings) => Register(settings).BuildServiceProvider();

    private IServiceCollection Register(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:DialogsFolder"] = Path.Combine(AppProcess.RepoRoot, "dialogs"),
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "t.db")}",
            ["DirectLine:TokenSigningKey"] = AppProcess.SigningKey,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddChatTriageBot();
        builder.AddChatTriageDirectLine();
        builder.AddChatTriageScaleOut();
        return builder.Services;
    }

    [Fact]
    public void SqliteKeepsDirectLineConversationsAndKeysInTheDatabase()
    {
        var services = Build(("Storage:Provider", "Sqlite"));

        Assert.IsType<SqlDirectLineStore>(services.GetRequiredService<IDirectLineStore>());
        Assert.IsType<SqlXmlRepository>(services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        Assert.IsType<InMemoryDirectLineNotifier>(services.GetRequiredService<IDirectLineNotifier>());
    }

    [Fact]
    public void MemoryKeepsTheSingleInstanceDefaults()
    {
        var services = Build(("Storage:Provider", "Memory"));

        Assert.IsType<InMemoryDirectLineStore>(services.GetRequiredService<IDirectLineStore>());
        Assert.IsNotType<SqlXmlRepository>(services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
    }

    [Fact]
    public void ARedisConnectionStringSelectsTheRedisNotifier()
    {
        // Registration only: resolving the notifier would connect to Redis.
        var services = Register(("Storage:Provider", "Memory"), ("ConnectionStrings:Redis", "127.0.0.1:6379"));

        var notifier = Assert.Single(services, d => d.ServiceType == typeof(IDirectLineNotifier));
        Assert.Equal(typeof(RedisDirectLineNotifier), notifier.ImplementationType);
    }

    [Fact]
    public void WithoutRedisTheNotifierStaysOnThisInstance()
    {
        var notifier = Assert.Single(Register(("Storage:Provider", "Memory")), d => d.ServiceType == typeof(IDirectLineNotifier));

        Assert.Equal(typeof(InMemoryDirectLineNotifier), notifier.ImplementationType);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
