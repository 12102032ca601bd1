using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Web.DirectLine;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Tests.Scaling;

/// <summary>What every <see cref="IDirectLineStore"/> must do, run on memory, SQLite and PostgreSQL.</summary>
public abstract class DirectLineStoreContractTests : IAsyncLifetime
{
    /// <summary>A new, empty store; <see cref="OpenSameStore"/> gives another instance on the same data.</summary>
    protected abstract Task<IDirectLineStore> CreateStoreAsync();

    /// <summary>Another instance on the data of the last store created (the same object for memory).</summary>
    protected abstract IDirectLineStore OpenSameStore();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private async Task<IDirectLineStore> StoreWithConversationAsync(string id = "c1")
    {
        var store = await CreateStoreAsync();
        await store.CreateConversationAsync(new DirectLineConversation(id, "dl_u", DateTimeOffset.UtcNow, false));
        return store;
    }

    [ContractFact]
    public async Task AppendingGivesSequenceIdsInAzureShape()
    {
        var store = await StoreWithConversationAsync();

        var first = await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Text = "a" });
        var second = await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Text = "b" });

        Assert.Equal((1L, "c1|0000001", "a"), (first.Sequence, first.Activity.Id, first.Activity.Text));
        Assert.Equal((2L, "c1|0000002", "b"), (second.Sequence, second.Activity.Id, second.Activity.Text));
    }

    [ContractFact]
    public async Task TimestampsAreStrictlyRisingEvenWhenTheClockIsNot()
    {
        var store = await StoreWithConversationAsync();
        var same = new DateTimeOffset(2026, 11, 28, 12, 0, 0, 123, TimeSpan.Zero);

        var a = await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Timestamp = same });
        var b = await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Timestamp = same });
        var c = await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Timestamp = same.AddSeconds(-5) });

        Assert.True(b.Activity.Timestamp > a.Activity.Timestamp);
        Assert.True(c.Activity.Timestamp > b.Activity.Timestamp);
        Assert.Equal(0, c.Activity.Timestamp!.Value.UtcTicks % TimeSpan.TicksPerMillisecond);
        var read = await store.ReadAfterAsync("c1", 0);
        Assert.Equal([a.Activity.Timestamp, b.Activity.Timestamp, c.Activity.Timestamp], read.Select(e => e.Activity.Timestamp));
    }

    [ContractFact]
    public async Task ReadingAfterAWatermarkReturnsOnlyLaterEntries()
    {
        var store = await StoreWithConversationAsync();
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Text = $"m{i}" });
        }

        foreach (var (watermark, expected) in new (long, int)[] { (0, 3), (1, 2), (3, 0), (10, 0), (-4, 3) })
        {
            var entries = await store.ReadAfterAsync("c1", watermark);

            Assert.Equal(expected, entries.Count);
            Assert.All(entries, e => Assert.True(e.Sequence > watermark));
            Assert.Equal(entries.Select(e => e.Sequence), entries.Select(e => e.Sequence).Order());
        }
    }

    [ContractFact]
    public async Task ConversationsAreStartedOnlyOnce()
    {
        var store = await StoreWithConversationAsync();

        Assert.False((await store.FindConversationAsync("c1"))!.Started);
        Assert.True(await store.TryMarkStartedAsync("c1"));
        Assert.False(await store.TryMarkStartedAsync("c1"));
        Assert.True((await store.FindConversationAsync("c1"))!.Started);
    }

    [ContractFact]
    public async Task ChangingAnActivityAfterAppendingDoesNotChangeTheLog()
    {
        var store = await StoreWithConversationAsync();
        var activity = new Activity(ActivityTypes.Message) { Text = "original" };
        var entry = await store.AppendAsync("c1", activity);

        activity.Text = "changed";
        entry.Activity.Text = "changed too";

        Assert.Equal("original", (await store.ReadAfterAsync("c1", 0))[0].Activity.Text);
    }

    [ContractFact]
    public async Task AConversationKeepsItsUserAndCreationTime()
    {
        var store = await CreateStoreAsync();
        var created = new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);

        await store.CreateConversationAsync(new DirectLineConversation("c1", "dl_resident", created, false));

        Assert.Equal(new DirectLineConversation("c1", "dl_resident", created, false), await store.FindConversationAsync("c1"));
        Assert.Null(await store.FindConversationAsync("c2"));
    }

    [ContractFact]
    public async Task CreatingAConversationTwiceThrows()
    {
        var store = await StoreWithConversationAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.CreateConversationAsync(new DirectLineConversation("c1", "dl_other", DateTimeOffset.UtcNow, false)));
        Assert.Equal("dl_u", (await store.FindConversationAsync("c1"))!.UserId);
    }

    [ContractFact]
    public async Task AnUnknownConversationCannotBeWrittenOrRead()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.AppendAsync("missing", new Activity(ActivityTypes.Message)));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.ReadAfterAsync("missing", 0));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.TryMarkStartedAsync("missing"));
    }

    [ContractFact]
    public async Task ConcurrentAppendsGetDistinctGapFreeSequencesAcrossInstances()
    {
        var store = await StoreWithConversationAsync();
        var stores = new[] { store, OpenSameStore(), OpenSameStore() };

        var entries = await Task.WhenAll(Enumerable.Range(0, 45).Select(i =>
            Task.Run(() => stores[i % stores.Length].AppendAsync("c1", new Activity(ActivityTypes.Message) { Text = $"m{i}" }))));

        Assert.Equal(Enumerable.Range(1, 45).Select(n => (long)n), entries.Select(e => e.Sequence).Order());
        var read = await stores[1].ReadAfterAsync("c1", 0);
        Assert.Equal(Enumerable.Range(1, 45).Select(n => (long)n), read.Select(e => e.Sequence));
        Assert.All(read.Zip(read.Skip(1)), pair => Assert.True(pair.Second.Activity.Timestamp > pair.First.Activity.Timestamp));
        Assert.Equal(45, read.Select(e => e.Activity.Text).Distinct().Count());
    }

    [ContractFact]
    public async Task AnotherInstanceSeesTheConversationAndItsLog()
    {
        var store = await StoreWithConversationAsync();
        await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Text = "hello", From = new ChannelAccount("dl_u") });
        await store.TryMarkStartedAsync("c1");

        var other = OpenSameStore();

        Assert.True((await other.FindConversationAsync("c1"))!.Started);
        var entry = Assert.Single(await other.ReadAfterAsync("c1", 0));
        Assert.Equal(("hello", "dl_u", "c1|0000001"), (entry.Activity.Text, entry.Activity.From.Id, entry.Activity.Id));
    }
}
