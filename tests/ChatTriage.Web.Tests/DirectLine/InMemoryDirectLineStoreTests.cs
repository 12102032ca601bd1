using ChatTriage.Web.DirectLine;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Tests.DirectLine;

public sealed class InMemoryDirectLineStoreTests
{
    private static async Task<InMemoryDirectLineStore> StoreWithConversationAsync(string id = "c1")
    {
        var store = new InMemoryDirectLineStore();
        await store.CreateConversationAsync(new DirectLineConversation(id, "dl_u", DateTimeOffset.UtcNow, false));
        return store;
    }

    [Fact]
    public async Task AppendingGivesSequenceIdsInAzureShape()
    {
        var store = await StoreWithConversationAsync();

        var first = await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Text = "a" });
        var second = await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Text = "b" });

        Assert.Equal((1L, "c1|0000001"), (first.Sequence, first.Activity.Id));
        Assert.Equal((2L, "c1|0000002"), (second.Sequence, second.Activity.Id));
    }

    [Fact]
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
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 2)]
    [InlineData(3, 0)]
    [InlineData(10, 0)]
    [InlineData(-4, 3)]
    public async Task ReadingAfterAWatermarkReturnsOnlyLaterEntries(long watermark, int expected)
    {
        var store = await StoreWithConversationAsync();
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAsync("c1", new Activity(ActivityTypes.Message) { Text = $"m{i}" });
        }

        var entries = await store.ReadAfterAsync("c1", watermark);

        Assert.Equal(expected, entries.Count);
        Assert.All(entries, e => Assert.True(e.Sequence > watermark));
    }

    [Fact]
    public async Task ConversationsAreStartedOnlyOnce()
    {
        var store = await StoreWithConversationAsync();

        Assert.True(await store.TryMarkStartedAsync("c1"));
        Assert.False(await store.TryMarkStartedAsync("c1"));
        Assert.True((await store.FindConversationAsync("c1"))!.Started);
    }

    [Fact]
    public async Task ChangingAnActivityAfterAppendingDoesNotChangeTheLog()
    {
        var store = await StoreWithConversationAsync();
        var activity = new Activity(ActivityTypes.Message) { Text = "original" };
        await store.AppendAsync("c1", activity);

        activity.Text = "changed";

        Assert.Equal("original", (await store.ReadAfterAsync("c1", 0))[0].Activity.Text);
    }
}
