using ChatTriage.Storage.Transcripts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatTriage.Storage.Tests.Transcripts;

public sealed class TurnTranscriptMiddlewareTests
{
    [Fact]
    public async Task ATurnIsLoggedAsBotBuildersTranscriptLoggerLogsIt()
    {
        var ours = new InMemoryTranscriptStore();
        var theirs = new InMemoryTranscriptStore();

        await RunTurnsAsync(new TurnTranscriptMiddleware(ours, NullLogger<TurnTranscriptMiddleware>.Instance), "ours");
        await RunTurnsAsync(new TranscriptLoggerMiddleware(theirs), "theirs");

        var expected = await ReadAsync(theirs, "theirs");
        var actual = await ReadAsync(ours, "ours");
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected.Select(Shape), actual.Select(Shape));
        Assert.All(actual, a => Assert.False(string.IsNullOrEmpty(a.Id)));
        Assert.All(actual, a => Assert.NotNull(a.Timestamp));
    }

    [Fact]
    public async Task ATurnsActivitiesAreWrittenInOneBatch()
    {
        var store = new CountingStore();
        var adapter = new TestAdapter().Use(new TurnTranscriptMiddleware(store, NullLogger<TurnTranscriptMiddleware>.Instance));

        await adapter.SendTextToBotAsync("my bike got nicked", ReplyThrice, CancellationToken.None);

        var batch = Assert.Single(store.Batches);
        Assert.Equal(["my bike got nicked", "one", "two", "three"], batch.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(0, store.Singles);
    }

    [Fact]
    public async Task AFailedTurnStillLogsWhatItReceivedAndSent()
    {
        var store = new InMemoryTranscriptStore();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("failed"))
            .Use(new TurnTranscriptMiddleware(store, NullLogger<TurnTranscriptMiddleware>.Instance));

        await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.SendTextToBotAsync(
            "hello",
            async (turn, token) =>
            {
                await turn.SendActivityAsync("before the failure", cancellationToken: token);
                throw new InvalidOperationException("the bot broke");
            },
            CancellationToken.None));

        Assert.Equal(["hello", "before the failure"], (await ReadAsync(store, "failed")).Select(a => a.AsMessageActivity().Text));
    }

    [Fact]
    public async Task ALoggerThatCannotBatchGetsEachActivityInOrder()
    {
        var store = new CountingStore();
        var adapter = new TestAdapter().Use(new TurnTranscriptMiddleware(new SinglesOnly(store), NullLogger<TurnTranscriptMiddleware>.Instance));

        await adapter.SendTextToBotAsync("hi", ReplyThrice, CancellationToken.None);

        Assert.Equal(4, store.Singles);
        Assert.Empty(store.Batches);
    }

    private static async Task ReplyThrice(ITurnContext turn, CancellationToken token)
    {
        await turn.SendActivityAsync("one", cancellationToken: token);
        await turn.SendActivitiesAsync([MessageFactory.Text("two"), MessageFactory.Text("three")], token);
    }

    private static async Task RunTurnsAsync(IMiddleware middleware, string conversationId)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId)).Use(middleware);
        await adapter.SendTextToBotAsync("my bike got nicked", ReplyThrice, CancellationToken.None);
        await adapter.SendTextToBotAsync("yes", (turn, token) => turn.SendActivityAsync("thanks", cancellationToken: token), CancellationToken.None);
    }

    private static async Task<IList<IActivity>> ReadAsync(ITranscriptStore store, string conversationId)
    {
        // Both middlewares write after the turn without waiting; the in-memory store finishes at once.
        var channel = (await store.ListTranscriptsAsync("test")).Items.Single(t => t.Id == conversationId).ChannelId;
        return (await store.GetTranscriptActivitiesAsync(channel, conversationId)).Items;
    }

    private static string Shape(IActivity activity) =>
        $"{activity.Type}|{activity.AsMessageActivity()?.Text}|{activity.From?.Id}|{activity.From?.Role}|{activity.Recipient?.Id}|{activity.Id?.StartsWith("g_", StringComparison.Ordinal)}";

    /// <summary>Counts the calls it gets; stores nothing.</summary>
    private sealed class CountingStore : ITranscriptBatchLogger
    {
        public List<IReadOnlyList<IActivity>> Batches { get; } = [];

        public int Singles { get; private set; }

        public Task LogActivityAsync(IActivity activity)
        {
            Singles++;
            return Task.CompletedTask;
        }

        public Task LogActivitiesAsync(IReadOnlyList<IActivity> activities)
        {
            Batches.Add(activities);
            return Task.CompletedTask;
        }
    }

    /// <summary>A plain ITranscriptLogger in front of a store.</summary>
    private sealed class SinglesOnly(ITranscriptLogger inner) : ITranscriptLogger
    {
        public Task LogActivityAsync(IActivity activity) => inner.LogActivityAsync(activity);
    }
}
