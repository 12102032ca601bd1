using System.Text.Json.Nodes;
using ChatTriage.Bot.Content;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Web.Tests.DirectLine;
using Npgsql;

namespace ChatTriage.Web.Tests.Scaling;

/// <summary>
/// Two real app processes on one PostgreSQL schema (fresh per test, chosen through Search Path) and one Redis,
/// as two instances behind a load balancer. Needs CHATTRIAGE_TEST_POSTGRES and CHATTRIAGE_TEST_REDIS
/// (`source .ci/services.sh`); skipped without PostgreSQL unless CI is set.
/// </summary>
[RequiresPostgres]
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private const string RedisVariable = "CHATTRIAGE_TEST_REDIS";

    private static readonly TriageContent Content = TriageContent.Load(Path.Combine(AppProcess.RepoRoot, "dialogs"));

    private readonly string folder = Path.Combine(Path.GetTempPath(), "chattriage-two", Guid.NewGuid().ToString("N"));
    private ScratchDatabase? database;
    private AppProcess? a;
    private AppProcess? b;

    private AppProcess A => a!;

    private AppProcess B => b!;

    [ContractFact]
    public async Task ACrimeReportWhoseTurnsAlternateBetweenInstancesCompletesOnce()
    {
        const string conversation = "two-instances-alternating";
        await FillCrimeReportAsync(conversation);

        var submitted = await BotConnectorClient.SayAsync(A.Http, conversation, Content.CrimeReport.Summary.SubmitLabel);

        var references = await ReferencesAsync();
        var reference = Assert.Single(references);
        Assert.Contains(submitted, text => text.Contains(reference, StringComparison.Ordinal));
    }

    [ContractFact]
    public async Task SendReportClickedTwiceAtOnceOnTwoInstancesStoresOneReport()
    {
        const string conversation = "two-instances-double-submit";
        await FillCrimeReportAsync(conversation);

        var submit = Content.CrimeReport.Summary.SubmitLabel;
        var replies = await Task.WhenAll(BotConnectorClient.SayAsync(A.Http, conversation, submit), BotConnectorClient.SayAsync(B.Http, conversation, submit));

        var reference = Assert.Single(await ReferencesAsync());
        Assert.Contains(replies.SelectMany(r => r), text => text.Contains(reference, StringComparison.Ordinal));
        Assert.DoesNotContain(replies.SelectMany(r => r), text => text.StartsWith(Content.Global.TurnError, StringComparison.Ordinal));
    }

    /// <summary>Answers every question of a crime report, turns alternating between the instances, up to the summary.</summary>
    private async Task FillCrimeReportAsync(string conversation)
    {
        var crime = Content.CrimeReport;
        var steps = new[]
        {
            ("my bike got nicked", crime.HappeningNow.Prompt),
            ("no", crime.When.Prompt),
            ("yesterday", crime.Where.Prompt),
            ("Station Road, Hitchin SG5 1AB", crime.WhatHappened.Prompt),
            ("I locked it outside the station and it was gone when I came back.", crime.Stolen.Prompt),
            ("Blue Carrera mountain bike", crime.Value.Prompt),
            ("about £250", crime.Suspect.Prompt),
            ("skip", crime.Evidence.Prompt),
            ("The station has CCTV", crime.Name.Prompt),
            ("Sam Smith", crime.Contact.Prompt),
            ("sam@example.com", crime.Consent.Prompt),
            ("yes", crime.Summary.Confirm.Prompt),
        };

        for (var i = 0; i < steps.Length; i++)
        {
            var instance = i % 2 == 0 ? A : B;
            Assert.Equal(steps[i].Item2, (await BotConnectorClient.SayAsync(instance.Http, conversation, steps[i].Item1))[^1]);
        }
    }

    [ContractFact]
    public async Task RepliesToMessagesPostedOnOneInstanceReachAWebSocketOnTheOther()
    {
        var onA = new DirectLineClient(A.Http);
        var started = await onA.StartAsync();
        using var socket = await DirectLineClient.OpenStreamAsync(started["streamUrl"]!.GetValue<string>());
        var onB = new DirectLineClient(B.Http);

        using var posted = await onB.SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{onA.ConversationId}/activities", DirectLineClient.Message("my bike got nicked"), onA.Token);
        posted.EnsureSuccessStatusCode();

        var texts = new List<string>();
        for (var frame = 0; frame < 20 && !texts.Contains(Content.CrimeReport.HappeningNow.Prompt); frame++)
        {
            var set = await DirectLineClient.ReadFrameAsync(socket);
            texts.AddRange(((JsonArray)set["activities"]!).Select(DirectLineClient.TextOf));
        }

        Assert.Contains("my bike got nicked", texts);
        Assert.Contains(Content.CrimeReport.HappeningNow.Prompt, texts);
    }

    [ContractFact]
    public async Task TurnsOfOneConversationRacingOnTwoInstancesAreAllTakenAsIfOneAfterTheOther()
    {
        // The same messages one after the other on one instance: what the racing turns must add up to.
        string[] racing = ["yesterday", "yesterday", "yesterday", "yesterday"];
        const string then = "Station Road, Hitchin SG5 1AB";
        const string sequential = "two-instances-one-after-the-other";
        await StartCrimeReportAsync(sequential);
        var expected = new List<string>();
        foreach (var text in racing)
        {
            expected.Add((await BotConnectorClient.SayAsync(A.Http, sequential, text))[^1]);
        }

        var expectedNext = (await BotConnectorClient.SayAsync(A.Http, sequential, then))[^1];

        for (var round = 0; round < 3; round++)
        {
            var conversation = $"two-instances-racing-{round}";
            await StartCrimeReportAsync(conversation);

            // Both instances read the same state; the turn that saves second finds its ETag stale, and is run again
            // on the state the first saved (ConflictRetryMiddleware), so each message is answered at its own prompt.
            var race = await Task.WhenAll(racing.Select((text, i) => BotConnectorClient.SayAsync((i % 2 == 0 ? A : B).Http, conversation, text)));

            Assert.Equal(expected.Order(StringComparer.Ordinal), race.Select(replies => replies[^1]).Order(StringComparer.Ordinal));
            Assert.Equal(expectedNext, (await BotConnectorClient.SayAsync(B.Http, conversation, then))[^1]);
        }
    }

    private async Task StartCrimeReportAsync(string conversation)
    {
        Assert.Equal(Content.CrimeReport.HappeningNow.Prompt, (await BotConnectorClient.SayAsync(A.Http, conversation, "my bike got nicked"))[^1]);
        Assert.Equal(Content.CrimeReport.When.Prompt, (await BotConnectorClient.SayAsync(B.Http, conversation, "no"))[^1]);
    }

    public async Task InitializeAsync()
    {
        var redis = Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{RedisVariable} is not set. Run `source .ci/services.sh` to start Redis and set it.");
        database = await ScratchDatabase.PostgresAsync();
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = redis,
        };
        var started = await Task.WhenAll(
            AppProcess.StartAsync(Path.Combine(folder, "a"), settings),
            AppProcess.StartAsync(Path.Combine(folder, "b"), settings));
        (a, b) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { a, b })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<List<string>> ReferencesAsync()
    {
        await using var connection = new NpgsqlConnection(database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT reference FROM reports", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var references = new List<string>();
        while (await reader.ReadAsync())
        {
            references.Add(reader.GetString(0));
        }

        return references;
    }
}
