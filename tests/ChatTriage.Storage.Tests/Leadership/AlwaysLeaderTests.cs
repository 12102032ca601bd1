using ChatTriage.Storage.Hosting;
using ChatTriage.Storage.Leadership;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Storage.Tests.Leadership;

public sealed class AlwaysLeaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chattriage-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    [InlineData(null)]
    public async Task OneInstanceProvidersAlwaysLead(string? provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            KeyValuePair.Create("Storage:Provider", provider),
            KeyValuePair.Create<string, string?>("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "app.db")}"),
        ]).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddChatTriageStorage(configuration);
        await using var container = services.BuildServiceProvider();

        var leadership = container.GetRequiredService<IInstanceLeadership>();

        Assert.IsType<AlwaysLeader>(leadership);
        Assert.True(await leadership.IsLeaderAsync());
        Assert.True(await leadership.IsLeaderAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
