using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.DirectLine;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.DirectLine;

/// <summary>
/// The Direct Line log on a database: what a restart and several instances need (the IDirectLineStore contract
/// itself runs in ChatTriage.Web.Tests over this log).
/// </summary>
public abstract class SqlDirectLineLogTests(DatabaseKind kind) : IAsyncLifetime
{
    private static readonly DateTimeOffset Created = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private readonly TestDatabases databases = new(kind);

    private static DirectLineAppend Entry(long sequence, DateTimeOffset? previous) =>
        new($"{{\"n\":{sequence}}}", (previous ?? Created).AddMilliseconds(1));

    [ContractFact]
    public async Task AConversationAndItsLogSurviveAReopen()
    {
        var database = await databases.CreateAsync();
        var log = new SqlDirectLineLog(database.Database);
        Assert.True(await log.TryCreateConversationAsync(new DirectLineConversationRow("c1", "dl_u", Created, false)));
        Assert.True(await log.TryMarkStartedAsync("c1"));
        await log.AppendAsync("c1", Entry);
        await log.AppendAsync("c1", Entry);

        var reopened = new SqlDirectLineLog(database.OpenInstance());

        Assert.Equal(new DirectLineConversationRow("c1", "dl_u", Created, true), await reopened.FindConversationAsync("c1"));
        Assert.Equal(["{\"n\":1}", "{\"n\":2}"], (await reopened.ReadAfterAsync("c1", 0)).Select(r => r.Json));
        Assert.Equal(3, await reopened.AppendAsync("c1", Entry));
    }

    [ContractFact]
    public async Task CreatingAnExistingConversationIsRefusedAndChangesNothing()
    {
        var database = await databases.CreateAsync();
        var log = new SqlDirectLineLog(database.Database);
        await log.TryCreateConversationAsync(new DirectLineConversationRow("c1", "dl_first", Created, false));

        Assert.False(await log.TryCreateConversationAsync(new DirectLineConversationRow("c1", "dl_second", Created, true)));
        Assert.Equal("dl_first", (await log.FindConversationAsync("c1"))!.UserId);
    }

    [ContractFact]
    public async Task EachEntryGetsThePreviousTimestampToRiseAbove()
    {
        var database = await databases.CreateAsync();
        var log = new SqlDirectLineLog(database.Database);
        await log.TryCreateConversationAsync(new DirectLineConversationRow("c1", "dl_u", Created, false));
        var seen = new List<DateTimeOffset?>();

        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync("c1", (n, previous) =>
            {
                seen.Add(previous);
                return new DirectLineAppend("{}", Created.AddSeconds(n));
            });
        }

        Assert.Equal([null, Created.AddSeconds(1), Created.AddSeconds(2)], seen);
    }

    [ContractFact]
    public async Task InstancesAppendingAtOnceGetDistinctGapFreeSequences()
    {
        var database = await databases.CreateAsync();
        var logs = Enumerable.Range(0, 3).Select(_ => new SqlDirectLineLog(database.OpenInstance())).ToList();
        await logs[0].TryCreateConversationAsync(new DirectLineConversationRow("c1", "dl_u", Created, false));

        var sequences = await Task.WhenAll(Enumerable.Range(0, 60)
            .Select(i => Task.Run(() => logs[i % logs.Count].AppendAsync("c1", Entry))));

        Assert.Equal(Enumerable.Range(1, 60).Select(n => (long)n), sequences.Order());
        Assert.Equal(Enumerable.Range(1, 60).Select(n => (long)n), (await logs[1].ReadAfterAsync("c1", 0)).Select(r => r.Sequence));
    }

    [ContractFact]
    public async Task OnlyOneInstanceStartsAConversation()
    {
        var database = await databases.CreateAsync();
        var logs = Enumerable.Range(0, 3).Select(_ => new SqlDirectLineLog(database.OpenInstance())).ToList();
        await logs[0].TryCreateConversationAsync(new DirectLineConversationRow("c1", "dl_u", Created, false));

        var started = await Task.WhenAll(Enumerable.Range(0, 9).Select(i => Task.Run(() => logs[i % logs.Count].TryMarkStartedAsync("c1"))));

        Assert.Single(started, s => s);
    }

    [ContractFact]
    public async Task AnUnknownConversationIsNotFound()
    {
        var database = await databases.CreateAsync();
        var log = new SqlDirectLineLog(database.Database);

        Assert.Null(await log.FindConversationAsync("missing"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => log.TryMarkStartedAsync("missing"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => log.AppendAsync("missing", Entry));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => log.ReadAfterAsync("missing", 0));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
