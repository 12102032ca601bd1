using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Tests.Contracts;

namespace ChatTriage.Bot.Tests.Reports;

/// <summary>The behaviour every <see cref="IReportStore"/> must have (in memory here; SQLite and PostgreSQL in ChatTriage.Storage.Tests).</summary>
public abstract class ReportStoreContractTests
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store.</summary>
    protected abstract Task<IReportStore> CreateStoreAsync();

    protected static NewReport Crime(DateTimeOffset at, string conversationId = "c1") =>
        new(ReportKind.Crime, conversationId, "{\"what\":\"bike stolen\",\"when\":\"2026-11-27\"}", at);

    [ContractFact]
    public async Task SubmittingGivesAValidReferenceForTheYearSubmitted()
    {
        var store = await CreateStoreAsync();

        var stored = await store.SubmitAsync(Crime(Now));

        Assert.True(ReportReference.IsValid(stored.Reference));
        Assert.StartsWith("CT-2026-", stored.Reference, StringComparison.Ordinal);
        Assert.Equal(ReportKind.Crime, stored.Kind);
    }

    [ContractFact]
    public async Task TheSameReportSubmittedAgainGivesBackTheFirstInsteadOfASecond()
    {
        var store = await CreateStoreAsync();
        var first = await store.SubmitAsync(Crime(Now));

        var again = await store.SubmitAsync(Crime(Now.AddSeconds(2)));

        Assert.Equal(first, again);
    }

    [ContractFact]
    public async Task TheSameWordsFromAnotherConversationOrOfAnotherKindAreAnotherReport()
    {
        var store = await CreateStoreAsync();
        var first = await store.SubmitAsync(Crime(Now));

        var otherConversation = await store.SubmitAsync(Crime(Now, "c2"));
        var otherKind = await store.SubmitAsync(Crime(Now) with { Kind = ReportKind.Information });
        var otherWords = await store.SubmitAsync(Crime(Now) with { Json = "{\"what\":\"bike stolen\",\"when\":\"2026-11-26\"}" });

        Assert.Equal(4, new[] { first, otherConversation, otherKind, otherWords }.Select(r => r.Reference).Distinct().Count());
    }

    [ContractFact]
    public async Task AStoredReportCanBeFoundByItsReference()
    {
        var store = await CreateStoreAsync();
        var stored = await store.SubmitAsync(new NewReport(ReportKind.Collision, "c9", "{\"vehicles\":2}", Now));

        var found = await store.FindAsync(stored.Reference);

        Assert.Equal(stored, found);
        Assert.Equal("{\"vehicles\":2}", found!.Json);
        Assert.Equal(Now, found.SubmittedAt);
    }

    [ContractFact]
    public async Task FindingIgnoresCaseAndSurroundingSpaces()
    {
        var store = await CreateStoreAsync();
        var stored = await store.SubmitAsync(Crime(Now));

        var found = await store.FindAsync("  " + stored.Reference.ToLowerInvariant() + " ");

        Assert.Equal(stored.Reference, found?.Reference);
    }

    [ContractFact]
    public async Task FindingAnUnknownReferenceGivesNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.FindAsync(ReportReference.Create(2026, 999)));
    }

    [ContractFact]
    public async Task ReportsSubmittedAtOnceAllGetDifferentReferences()
    {
        var store = await CreateStoreAsync();

        var stored = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => Task.Run(() => store.SubmitAsync(Crime(Now, $"c{i}")))));

        Assert.Equal(40, stored.Select(s => s.Reference).Distinct().Count());
        foreach (var report in stored)
        {
            Assert.Equal(report.ConversationId, (await store.FindAsync(report.Reference))!.ConversationId);
        }
    }

    [ContractFact]
    public async Task PurgeDeletesOnlyReportsSubmittedBeforeTheCutOff()
    {
        var store = await CreateStoreAsync();
        var old = await store.SubmitAsync(Crime(Now.AddDays(-400), "old"));
        var recent = await store.SubmitAsync(Crime(Now.AddDays(-10), "recent"));

        var purged = await store.PurgeAsync(Now.AddDays(-365));

        Assert.Equal(1, purged);
        Assert.Null(await store.FindAsync(old.Reference));
        Assert.NotNull(await store.FindAsync(recent.Reference));
    }
}
