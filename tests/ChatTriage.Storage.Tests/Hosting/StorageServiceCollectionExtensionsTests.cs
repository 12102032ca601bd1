using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using ChatTriage.Storage.Audit;
using ChatTriage.Storage.Data;
using ChatTriage.Storage.Feedback;
using ChatTriage.Storage.Handoff;
using ChatTriage.Storage.Hosting;
using ChatTriage.Storage.Reports;
using ChatTriage.Storage.State;
using ChatTriage.Storage.Transcripts;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatTriage.Storage.Tests.Hosting;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chattriage-tests", Guid.NewGuid().ToString("N"));

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddChatTriageStorage(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void TheMemoryProviderRegistersTheInMemoryStores()
    {
        using var provider = Build(Configuration(("Storage:Provider", "Memory")));

        Assert.IsType<MemoryStorage>(provider.GetRequiredService<IStorage>());
        Assert.IsType<InMemoryReportStore>(provider.GetRequiredService<IReportStore>());
        Assert.IsType<InMemoryHandoffQueue>(provider.GetRequiredService<IHandoffQueue>());
        Assert.IsType<InMemoryFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.IsType<InMemoryAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.IsType<InMemoryTranscriptStore>(provider.GetRequiredService<ITranscriptStore>());
        Assert.Same(provider.GetRequiredService<ITranscriptStore>(), provider.GetRequiredService<ITranscriptLogger>());
        Assert.Same(provider.GetRequiredService<ITranscriptStore>(), provider.GetRequiredService<ITranscriptRetention>());
    }

    [Fact]
    public void SqliteIsTheProviderWhenNoneIsConfigured()
    {
        var file = Path.Combine(folder, "data", "app.db");
        using var provider = Build(Configuration(("ConnectionStrings:Sqlite", $"Data Source={file}")));

        Assert.IsType<SqlStorage>(provider.GetRequiredService<IStorage>());
        Assert.IsType<SqlReportStore>(provider.GetRequiredService<IReportStore>());
        Assert.IsType<SqlHandoffQueue>(provider.GetRequiredService<IHandoffQueue>());
        Assert.IsType<SqlFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.IsType<SqlAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.IsType<SqlTranscriptStore>(provider.GetRequiredService<ITranscriptStore>());
        Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
    }

    [Theory]
    [InlineData("sqlite", StorageProvider.Sqlite)]
    [InlineData("Postgres", StorageProvider.Postgres)]
    [InlineData(" memory ", StorageProvider.Memory)]
    [InlineData("", StorageProvider.Sqlite)]
    public void TheProviderNameIsReadWithoutRegardToCase(string value, StorageProvider expected)
    {
        Assert.Equal(expected, StorageServiceCollectionExtensions.ReadProvider(Configuration(("Storage:Provider", value))));
    }

    [Theory]
    [InlineData("Cosmos")]
    [InlineData("7")]
    public void AnUnknownProviderStopsStartUpWithAClearMessage(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(Configuration(("Storage:Provider", value))));

        Assert.Contains("Sqlite, Postgres or Memory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresWithoutAConnectionStringStopsStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(Configuration(("Storage:Provider", "Postgres"))));

        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartingTheHostMigratesTheSchemaBeforeAnythingIsServed()
    {
        var file = Path.Combine(folder, "data", "host.db");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("ConnectionStrings:Sqlite", $"Data Source={file}")]);
        builder.Services.AddChatTriageStorage(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync();
        var database = host.Services.GetRequiredService<RelationalDatabase>();
        await using (var connection = await database.OpenAsync())
        await using (var command = connection.Command("SELECT MAX(version) FROM schema_version"))
        {
            Assert.Equal((long)database.Migrations.Max(m => m.Version), await command.ExecuteScalarAsync());
        }

        var report = await host.Services.GetRequiredService<IReportStore>().SubmitAsync(new NewReport(ReportKind.Crime, "c1", "{}", DateTimeOffset.UtcNow));
        await host.StopAsync();

        Assert.True(ReportReference.IsValid(report.Reference));
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
