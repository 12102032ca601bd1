using System.Text.Json.Nodes;
using ChatTriage.Bot.Content;
using ChatTriage.Web.Tests.DirectLine;
using Microsoft.Data.Sqlite;

namespace ChatTriage.Web.Tests.Scaling;

/// <summary>The real app on SQLite, killed (SIGKILL) in the middle of a crime report and started again on the same data.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private static readonly TriageContent Content = TriageContent.Load(Path.Combine(AppProcess.RepoRoot, "dialogs"));

    private readonly string folder = Path.Combine(Path.GetTempPath(), "chattriage-restart", Guid.NewGuid().ToString("N"));

    private string DatabaseFile => Path.Combine(folder, "t.db");

    private Dictionary<string, string> Settings => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={DatabaseFile}",
    };

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task ACrimeReportInterruptedByACrashCarriesOnAtTheSamePromptAndIsStoredOnce()
    {
        var crime = Content.CrimeReport;
        const string conversation = "restart-conversation-1";

        var first = await AppProcess.StartAsync(folder, Settings);
        Assert.Equal(crime.HappeningNow.Prompt, (await BotConnectorClient.SayAsync(first.Http, conversation, "my bike got nicked"))[^1]);
        Assert.Equal(crime.When.Prompt, (await BotConnectorClient.SayAsync(first.Http, conversation, "no"))[^1]);
        Assert.Equal(crime.Where.Prompt, (await BotConnectorClient.SayAsync(first.Http, conversation, "yesterday"))[^1]);
        await first.KillAsync();
        await first.DisposeAsync();

        await using var second = await AppProcess.StartAsync(folder, Settings);
        Assert.Equal(crime.WhatHappened.Prompt, (await BotConnectorClient.SayAsync(second.Http, conversation, "Station Road, Hitchin SG5 1AB"))[^1]);
        foreach (var (answer, next) in new[]
        {
            ("I locked it outside the station and it was gone when I came back.", crime.Stolen.Prompt),
            ("Blue Carrera mountain bike", crime.Value.Prompt),
            ("about £250", crime.Suspect.Prompt),
            ("skip", crime.Evidence.Prompt),
            ("The station has CCTV", crime.Name.Prompt),
            ("Sam Smith", crime.Contact.Prompt),
            ("sam@example.com", crime.Consent.Prompt),
        })
        {
            Assert.Equal(next, (await BotConnectorClient.SayAsync(second.Http, conversation, answer))[^1]);
        }

        var summary = await BotConnectorClient.SayAsync(second.Http, conversation, "yes");
        Assert.Contains(summary, text => text.Contains("Kind of crime: Bike theft", StringComparison.Ordinal));
        Assert.Equal(crime.Summary.Confirm.Prompt, summary[^1]);
        var submitted = await BotConnectorClient.SayAsync(second.Http, conversation, crime.Summary.SubmitLabel);

        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM reports"));
        var reference = await ReferenceAsync();
        Assert.Contains(submitted, text => text.Contains(reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADirectLineConversationAndItsHistoryOutliveACrash()
    {
        var first = await AppProcess.StartAsync(folder, Settings);
        var client = new DirectLineClient(first.Http);
        await client.StartAsync();
        (await client.PostMessageAsync("my bike got nicked")).EnsureSuccessStatusCode();
        await client.WaitForActivitiesAsync(a => a.Any(x => DirectLineClient.TextOf(x) == Content.CrimeReport.HappeningNow.Prompt));
        await first.KillAsync();
        await first.DisposeAsync();

        await using var second = await AppProcess.StartAsync(folder, Settings);
        using var posted = await new DirectLineClient(second.Http).SendAsync(
            HttpMethod.Post,
            $"/v3/directline/conversations/{client.ConversationId}/activities",
            DirectLineClient.Message("no"),
            client.Token);
        posted.EnsureSuccessStatusCode();
        using var read = await new DirectLineClient(second.Http).SendAsync(
            HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: client.Token);
        var texts = ((JsonArray)(await DirectLineClient.ReadJsonAsync(read))["activities"]!).Select(DirectLineClient.TextOf).ToList();

        Assert.Equal(1, texts.Count(t => t == "my bike got nicked"));
        Assert.Equal(1, texts.Count(t => t == Content.CrimeReport.HappeningNow.Prompt));
        Assert.Equal(Content.CrimeReport.When.Prompt, texts[^1]);
    }

    [Fact]
    public async Task AQueuedHandoffTicketOutlivesACrash()
    {
        // Call-handlers are "on the chat" for the hour around now, so the request is queued whatever the time.
        var now = TimeOnly.FromDateTime(DateTime.UtcNow);
        var settings = Settings;
        settings["Triage:TimeZone"] = "Etc/UTC";
        settings["Triage:OpeningHours"] = $"{now.AddHours(-1):HH\\:mm}-{now.AddHours(1):HH\\:mm}";
        const string conversation = "restart-handoff-1";

        var first = await AppProcess.StartAsync(folder, settings);
        foreach (var answer in new[] { "I know who's dealing on my road", "no", "no" })
        {
            await BotConnectorClient.SayAsync(first.Http, conversation, answer);
        }

        var queued = await BotConnectorClient.SayAsync(first.Http, conversation, "yes");
        Assert.Contains("number 1 in the queue", queued[^1], StringComparison.Ordinal);
        await first.KillAsync();
        await first.DisposeAsync();

        await using var second = await AppProcess.StartAsync(folder, settings);
        var waiting = await BotConnectorClient.SayAsync(second.Http, conversation, "Are you still there?");

        Assert.Empty(waiting);
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM handoff_tickets WHERE conversation_id = '{conversation}' AND status = 'Waiting'"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM handoff_tickets"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private async Task<string> ReferenceAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reference FROM reports";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
