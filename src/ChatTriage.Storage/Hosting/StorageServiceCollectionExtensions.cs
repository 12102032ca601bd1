using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using ChatTriage.Storage.Agents;
using ChatTriage.Storage.Audit;
using ChatTriage.Storage.Data;
using ChatTriage.Storage.DataProtection;
using ChatTriage.Storage.DirectLine;
using ChatTriage.Storage.Feedback;
using ChatTriage.Storage.Handoff;
using ChatTriage.Storage.Leadership;
using ChatTriage.Storage.Migrations;
using ChatTriage.Storage.Postgres;
using ChatTriage.Storage.Reports;
using ChatTriage.Storage.Retention;
using ChatTriage.Storage.Sqlite;
using ChatTriage.Storage.State;
using ChatTriage.Storage.Transcripts;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatTriage.Storage.Hosting;

/// <summary>Registers the storage the configuration asks for.</summary>
public static class StorageServiceCollectionExtensions
{
    public const string ProviderKey = "Storage:Provider";
    public const string SqliteConnectionName = "Sqlite";
    public const string PostgresConnectionName = "Postgres";

    /// <summary>
    /// Registers <see cref="IStorage"/>, <see cref="IReportStore"/>, <see cref="IHandoffQueue"/> (also as <see cref="IHandoffRetention"/>), <see cref="ITranscriptStore"/>
    /// (also as <see cref="ITranscriptLogger"/> and <see cref="ITranscriptRetention"/>), <see cref="IFeedbackStore"/> and
    /// <see cref="IAuditLog"/> for <c>Storage:Provider</c> (Sqlite by default, Postgres, Memory); the schema migration,
    /// run before the app serves; and the retention purge. Call it before other hosted services are added, so the
    /// schema is migrated before they start. Sqlite and Postgres also register <see cref="SqlDirectLineLog"/> and
    /// <see cref="SqlXmlRepository"/> (data-protection keys) for the host to use. <see cref="IInstanceLeadership"/>:
    /// Postgres, where several instances share the database, elects one leader with a session advisory lock; Sqlite and
    /// Memory serve one instance, which always leads.
    /// </summary>
    public static IServiceCollection AddChatTriageStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName));

        var provider = ReadProvider(configuration);
        if (provider == StorageProvider.Memory)
        {
            AddMemory(services);
        }
        else
        {
            AddRelational(services, provider == StorageProvider.Postgres ? PostgresDatabaseFrom(configuration) : SqliteDatabaseFrom(configuration));
        }

        if (provider == StorageProvider.Postgres)
        {
            // A factory, so the container disposes it when the app stops: the lead is released for another instance.
            services.AddSingleton<IInstanceLeadership>(sp => new PostgresLeadership(
                (PostgresDatabase)Database(sp), PostgresLeadership.DefaultName, sp.GetService<ILogger<PostgresLeadership>>()));
        }
        else
        {
            services.AddSingleton<IInstanceLeadership>(AlwaysLeader.Instance);
        }

        services.AddSingleton<ITranscriptLogger>(sp => sp.GetRequiredService<ITranscriptStore>());
        services.AddSingleton<RetentionPurgeService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionPurgeService>());
        return services;
    }

    /// <summary>Reads <c>Storage:Provider</c>; an unknown value stops start-up with a clear message.</summary>
    public static StorageProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        return Enum.TryParse<StorageProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is '{value}'; use Sqlite, Postgres or Memory.");
    }

    private static Func<IServiceProvider, RelationalDatabase> SqliteDatabaseFrom(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(SqliteConnectionName);
        return _ => new SqliteDatabase(connectionString);
    }

    private static Func<IServiceProvider, RelationalDatabase> PostgresDatabaseFrom(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(PostgresConnectionName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"{ProviderKey} is Postgres but ConnectionStrings:{PostgresConnectionName} is not set.")
            : _ => new PostgresDatabase(connectionString);
    }

    private static void AddMemory(IServiceCollection services)
    {
        services.AddSingleton<IStorage, MemoryStorage>(_ => new MemoryStorage());
        services.AddSingleton<IReportStore, InMemoryReportStore>();
        services.AddSingleton(sp => new InMemoryHandoffQueue(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IHandoffQueue>(sp => sp.GetRequiredService<InMemoryHandoffQueue>());
        services.AddSingleton<IHandoffRetention>(sp => sp.GetRequiredService<InMemoryHandoffQueue>());
        services.AddSingleton<IAgentNoteStore, InMemoryAgentNoteStore>();
        services.AddSingleton<IAgentPresenceBoard, InMemoryAgentPresenceBoard>();
        services.AddSingleton<IFeedbackStore, InMemoryFeedbackStore>();
        services.AddSingleton<IAuditLog, InMemoryAuditLog>();
        services.AddSingleton(sp => new InMemoryTranscriptStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ITranscriptStore>(sp => sp.GetRequiredService<InMemoryTranscriptStore>());
        services.AddSingleton<ITranscriptRetention>(sp => sp.GetRequiredService<InMemoryTranscriptStore>());
    }

    private static void AddRelational(IServiceCollection services, Func<IServiceProvider, RelationalDatabase> createDatabase)
    {
        // A factory, so the container disposes the database (PostgreSQL's connection pool) when the app stops.
        services.AddSingleton(createDatabase);
        services.AddSingleton<IDatabaseMigrator>(sp => new SqlMigrator(Database(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<MigrationHostedService>();
        services.AddSingleton<IStorage>(sp => new SqlStorage(Database(sp), timeProvider: sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IReportStore>(sp => new SqlReportStore(Database(sp)));
        services.AddSingleton(sp => new SqlHandoffQueue(Database(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IHandoffQueue>(sp => sp.GetRequiredService<SqlHandoffQueue>());
        services.AddSingleton<IHandoffRetention>(sp => sp.GetRequiredService<SqlHandoffQueue>());
        services.AddSingleton<IAgentNoteStore>(sp => new SqlAgentNoteStore(Database(sp)));
        services.AddSingleton<IAgentPresenceBoard>(sp => new SqlAgentPresenceBoard(Database(sp)));
        services.AddSingleton<IFeedbackStore>(sp => new SqlFeedbackStore(Database(sp)));
        services.AddSingleton<IAuditLog>(sp => new SqlAuditLog(Database(sp)));
        services.AddSingleton(sp => new SqlTranscriptStore(Database(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ITranscriptStore>(sp => sp.GetRequiredService<SqlTranscriptStore>());
        services.AddSingleton<ITranscriptRetention>(sp => sp.GetRequiredService<SqlTranscriptStore>());
        services.AddSingleton(sp => new SqlDirectLineLog(Database(sp)));
        services.AddSingleton(sp => new SqlXmlRepository(Database(sp), sp.GetRequiredService<TimeProvider>()));
    }

    private static RelationalDatabase Database(IServiceProvider services) => services.GetRequiredService<RelationalDatabase>();
}
