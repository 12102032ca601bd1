using System.Globalization;
using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Data;
using ChatTriage.Storage.DirectLine;
using ChatTriage.Storage.Migrations;
using ChatTriage.Storage.Reports;
using ChatTriage.Storage.Tests.Infrastructure;
using ChatTriage.Storage.Transcripts;
using Microsoft.Bot.Schema;

namespace ChatTriage.Storage.Tests.Migrations;

/// <summary>Schema migration: from empty, from the previous version, again (a no-op), and by several instances at once.</summary>
public abstract class SqlMigratorTests(DatabaseKind kind) : IAsyncLifetime
{
    private readonly TestDatabases databases = new(kind);

    private static async Task<int> AppliedCountAsync(RelationalDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var count = connection.Command("SELECT COUNT(*) FROM schema_version");
        return Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>A report row as versions 1 to 3 stored it (before submission keys).</summary>
    private static async Task<StoredReport> InsertReportAsOfOldAsync(TestDatabase database, string conversationId, string json, string? reference = null)
    {
        reference ??= ReportReference.Create(2026, 1);
        var report = new StoredReport(reference, ReportKind.Crime, conversationId, json, DateTimeOffset.UtcNow);
        await using var connection = await database.Database.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO reports (reference, kind, conversation_id, json, submitted_at) VALUES (@r, @k, @c, @j, @a)";
        foreach (var (name, value) in new (string, object)[] { ("@r", reference), ("@k", "Crime"), ("@c", conversationId), ("@j", json), ("@a", database.Database.ToDb(report.SubmittedAt)) })
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            insert.Parameters.Add(parameter);
        }

        await insert.ExecuteNonQueryAsync();
        return report;
    }

    private static Activity Message(string conversationId) => new(ActivityTypes.Message)
    {
        ChannelId = "directline",
        Conversation = new ConversationAccount(id: conversationId),
        Timestamp = DateTimeOffset.UtcNow,
        Text = "hello",
    };

    [ContractFact]
    public async Task MigratingAnEmptyDatabaseReachesTheLatestVersion()
    {
        var database = await databases.CreateAsync(migrate: false);
        var latest = database.Database.Migrations.Max(m => m.Version);

        var version = await new SqlMigrator(database.Database).MigrateAsync();

        Assert.Equal(latest, version);
        Assert.Equal(database.Database.Migrations.Count, await AppliedCountAsync(database.Database));
        await new SqlTranscriptStore(database.Database).LogActivityAsync(Message("c1"));
    }

    [ContractFact]
    public async Task MigratingAgainChangesNothing()
    {
        var database = await databases.CreateAsync(migrate: false);
        var first = await new SqlMigrator(database.Database).MigrateAsync();
        var report = await new SqlReportStore(database.Database).SubmitAsync(new NewReport(ReportKind.Crime, "c1", "{}", DateTimeOffset.UtcNow));

        var second = await new SqlMigrator(database.Database).MigrateAsync();

        Assert.Equal(first, second);
        Assert.Equal(database.Database.Migrations.Count, await AppliedCountAsync(database.Database));
        Assert.NotNull(await new SqlReportStore(database.Database).FindAsync(report.Reference));
    }

    [ContractFact]
    public async Task ADatabaseAtVersionThreeKeepsItsReportsAndThenStoresEachSubmissionOnce()
    {
        var database = await databases.CreateAsync(migrate: false);
        Assert.Equal(3, await new SqlMigrator(database.Database) { TargetVersion = 3 }.MigrateAsync());
        var first = await InsertReportAsOfOldAsync(database, "c1", "{\"what\":\"bike\"}", ReportReference.Create(2026, 9001));
        var twin = await InsertReportAsOfOldAsync(database, "c1", "{\"what\":\"bike\"}", ReportReference.Create(2026, 9002));

        Assert.Equal(database.Database.Migrations.Max(m => m.Version), await new SqlMigrator(database.OpenInstance()).MigrateAsync());

        var store = new SqlReportStore(database.Database);
        Assert.NotNull(await store.FindAsync(first.Reference));
        Assert.NotNull(await store.FindAsync(twin.Reference));
        var submitted = await store.SubmitAsync(new NewReport(ReportKind.Crime, "c2", "{\"what\":\"car\"}", DateTimeOffset.UtcNow));
        Assert.Equal(submitted.Reference, (await store.SubmitAsync(new NewReport(ReportKind.Crime, "c2", "{\"what\":\"car\"}", DateTimeOffset.UtcNow))).Reference);
    }

    [ContractFact]
    public async Task ADatabaseAtVersionOneIsUpgradedAndKeepsItsData()
    {
        var database = await databases.CreateAsync(migrate: false);
        var latest = database.Database.Migrations.Max(m => m.Version);
        Assert.Equal(1, await new SqlMigrator(database.Database) { TargetVersion = 1 }.MigrateAsync());
        var report = await InsertReportAsOfOldAsync(database, "c1", "{\"vehicles\":2}");
        await Assert.ThrowsAnyAsync<Exception>(() => new SqlTranscriptStore(database.Database).LogActivityAsync(Message("c1")));

        var version = await new SqlMigrator(database.OpenInstance()).MigrateAsync();

        Assert.Equal(latest, version);
        Assert.Equal("{\"vehicles\":2}", (await new SqlReportStore(database.Database).FindAsync(report.Reference))!.Json);
        await new SqlTranscriptStore(database.Database).LogActivityAsync(Message("c1"));
    }

    [ContractFact]
    public async Task ADatabaseAtVersionTwoGainsTheDirectLineTablesAndKeepsItsData()
    {
        var database = await databases.CreateAsync(migrate: false);
        Assert.Equal(2, await new SqlMigrator(database.Database) { TargetVersion = 2 }.MigrateAsync());
        var report = await InsertReportAsOfOldAsync(database, "c1", "{\"what\":\"bike\"}");
        await new SqlTranscriptStore(database.Database).LogActivityAsync(Message("c1"));
        var log = new SqlDirectLineLog(database.Database);
        var conversation = new DirectLineConversationRow("dl1", "dl_u", DateTimeOffset.UtcNow, false);
        await Assert.ThrowsAnyAsync<Exception>(() => log.TryCreateConversationAsync(conversation));

        Assert.Equal(database.Database.Migrations.Max(m => m.Version), await new SqlMigrator(database.OpenInstance()).MigrateAsync());

        Assert.Equal("{\"what\":\"bike\"}", (await new SqlReportStore(database.Database).FindAsync(report.Reference))!.Json);
        var transcript = await new SqlTranscriptStore(database.Database).GetTranscriptActivitiesAsync("directline", "c1");
        Assert.Single(transcript.Items);
        Assert.True(await log.TryCreateConversationAsync(conversation));
        Assert.Equal(1, await log.AppendAsync("dl1", (_, _) => new DirectLineAppend("{}", DateTimeOffset.UtcNow)));
    }

    [ContractFact]
    public async Task InstancesStartingAtOnceApplyEachMigrationOnce()
    {
        var database = await databases.CreateAsync(migrate: false);
        var migrators = Enumerable.Range(0, 4).Select(_ => new SqlMigrator(database.OpenInstance())).ToList();

        var versions = await Task.WhenAll(migrators.Select(m => Task.Run(() => m.MigrateAsync())));

        Assert.All(versions, v => Assert.Equal(database.Database.Migrations.Max(m => m.Version), v));
        Assert.Equal(database.Database.Migrations.Count, await AppliedCountAsync(database.Database));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
