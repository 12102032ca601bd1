using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using ChatTriage.Storage.Hosting;
using ChatTriage.Storage.Retention;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Storage.Tests.Retention;

/// <summary>The purge job, wired as the app wires it (Memory provider), with time under the test's control.</summary>
public sealed class RetentionPurgeServiceTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Start);
    private ServiceProvider? services;

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Storage:Provider"] = "Memory";
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddChatTriageStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services = collection.BuildServiceProvider();
        return services;
    }

    private static Dictionary<string, string?> Periods(int transcripts, int reports, int feedback, int audit, int handoff = 30) => new()
    {
        ["Retention:HandoffDays"] = handoff.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Retention:TranscriptDays"] = transcripts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Retention:ReportDays"] = reports.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Retention:FeedbackDays"] = feedback.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Retention:AuditDays"] = audit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Activity Message(string conversationId, DateTimeOffset at) => new(ActivityTypes.Message)
    {
        ChannelId = "directline",
        Conversation = new ConversationAccount(id: conversationId),
        Timestamp = at,
        Text = "hello",
    };

    /// <summary>Puts one record of each kind just inside and one just outside the given periods.</summary>
    private static async Task SeedAsync(IServiceProvider provider, int days)
    {
        var outside = Start.AddDays(-days).AddHours(-1);
        var inside = Start.AddDays(-days).AddHours(1);
        foreach (var (id, at) in new[] { ("outside", outside), ("inside", inside) })
        {
            await provider.GetRequiredService<ITranscriptStore>().LogActivityAsync(Message(id, at));
            await provider.GetRequiredService<IReportStore>().SubmitAsync(new NewReport(ReportKind.Crime, id, "{}", at));
            await provider.GetRequiredService<IFeedbackStore>().SaveAsync(new FeedbackEntry(id, "step1:noise", true, null, at));
            await provider.GetRequiredService<IAuditLog>().RecordAsync(new AuditEvent("emergency", id, "rule-1", at));
            await provider.GetRequiredService<IAgentNoteStore>().AddAsync(new AgentNote(id, "ticket-1", "sam", "Sam", "called back", at));
        }
    }

    [Fact]
    public async Task OnePurgeDeletesWhatIsOlderThanEachPeriodFromConfiguration()
    {
        var provider = Build(Periods(30, 30, 30, 30));
        await SeedAsync(provider, 30);

        var result = await provider.GetRequiredService<RetentionPurgeService>().PurgeOnceAsync();

        Assert.Equal(new RetentionPurgeResult(1, 1, 1, 1, 0, 1), result);
        Assert.Equal(["inside"], (await provider.GetRequiredService<IAgentNoteStore>().ListAsync("ticket-1")).Select(n => n.Id));
        Assert.Equal(["inside"], (await provider.GetRequiredService<ITranscriptStore>().ListTranscriptsAsync("directline")).Items.Select(t => t.Id));
        Assert.Equal(["inside"], (await provider.GetRequiredService<IFeedbackStore>().ListSinceAsync(DateTimeOffset.MinValue)).Select(f => f.ConversationId));
        Assert.Equal(["inside"], (await provider.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue)).Select(e => e.ConversationId));
    }

    [Fact]
    public async Task APeriodOfZeroKeepsThatKindForEver()
    {
        var provider = Build(Periods(30, 0, 30, 0));
        await SeedAsync(provider, 30);

        var result = await provider.GetRequiredService<RetentionPurgeService>().PurgeOnceAsync();

        Assert.Equal(new RetentionPurgeResult(1, 0, 1, 0, 0, 1), result);
        Assert.Equal(2, (await provider.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue)).Count);
    }

    [Fact]
    public async Task HandoffTicketsArePurgedTheirPeriodAfterTheyEnded()
    {
        var provider = Build(Periods(30, 30, 30, 30, handoff: 30));
        var queue = provider.GetRequiredService<IHandoffQueue>();
        var ended = await queue.EnqueueAsync(new HandoffRequest("c1", "{}", "share-information", "step4", "summary", "{}"));
        await queue.EndAsync(ended.Id, HandoffStatus.Closed, "advice-given");
        var open = await queue.EnqueueAsync(new HandoffRequest("c2", "{}", "share-information", "step4", "summary", "{}"));
        clock.Advance(TimeSpan.FromDays(31));

        var result = await provider.GetRequiredService<RetentionPurgeService>().PurgeOnceAsync();

        Assert.Equal(1, result.HandoffTickets);
        Assert.Null(await queue.GetAsync(ended.Id));
        Assert.NotNull(await queue.GetAsync(open.Id));
    }

    [Fact]
    public async Task TheServicePurgesAtStartAndAgainAsTimeGoesBy()
    {
        var settings = Periods(90, 365, 90, 730);
        settings["Retention:PurgeIntervalMinutes"] = "60";
        var provider = Build(settings);
        var feedback = provider.GetRequiredService<IFeedbackStore>();
        await feedback.SaveAsync(new FeedbackEntry("old", "step1:noise", true, null, Start.AddDays(-91)));
        await feedback.SaveAsync(new FeedbackEntry("today", "step1:noise", true, null, Start));
        var service = provider.GetRequiredService<RetentionPurgeService>();

        await service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(async () => (await feedback.ListSinceAsync(DateTimeOffset.MinValue)).Count == 1, advance: false);
        Assert.Equal("today", Assert.Single(await feedback.ListSinceAsync(DateTimeOffset.MinValue)).ConversationId);

        clock.Advance(TimeSpan.FromDays(91));
        await WaitUntilAsync(async () => (await feedback.ListSinceAsync(DateTimeOffset.MinValue)).Count == 0, advance: true);
        await service.StopAsync(CancellationToken.None);

        Assert.Empty(await feedback.ListSinceAsync(DateTimeOffset.MinValue));
    }

    /// <summary>
    /// Waits for the background loop (which runs on real threads) to reach a state, moving the fake clock on by
    /// one interval at a time when asked, so the purge timer fires whenever the loop is waiting on it.
    /// </summary>
    private async Task WaitUntilAsync(Func<Task<bool>> condition, bool advance)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            if (await condition())
            {
                return;
            }

            if (advance)
            {
                clock.Advance(TimeSpan.FromMinutes(60));
            }

            await Task.Delay(10);
        }

        Assert.Fail("The purge service did not reach the expected state.");
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }
}
