using ChatTriage.Bot.Tests.Contracts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Storage.Tests.State;

/// <summary>
/// The Bot Framework IStorage contract, run against Bot Builder's own MemoryStorage (the reference) and against
/// SQLite and PostgreSQL, so what holds for one holds for all.
/// </summary>
public abstract class StorageContractTests
{
    protected abstract Task<IStorage> CreateStorageAsync();

    protected static string? ETagOf(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject json => (string?)json["ETag"],
        _ => null,
    };

    /// <summary>The value as JSON without its ETag, to compare what came back with what went in.</summary>
    protected static JToken Content(object value)
    {
        var token = JToken.FromObject(value);
        (token as JObject)?.Remove("ETag");
        return token;
    }

    protected static StoredNote Note(string text, string? etag = null) => new() { Text = text, Count = 3, Tags = ["a", "b"], ETag = etag };

    [ContractFact]
    public async Task ReadingKeysNeverWrittenGivesNothing()
    {
        var storage = await CreateStorageAsync();

        Assert.Empty(await storage.ReadAsync(["nobody/conversations/1"]));
        Assert.Empty(await storage.ReadAsync([]));
    }

    [ContractFact]
    public async Task ManyKeysAreWrittenAndReadInOneCall()
    {
        var storage = await CreateStorageAsync();

        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = Note("one"), ["b"] = Note("two"), ["c"] = Note("three") });
        var items = await storage.ReadAsync(["a", "c", "missing"]);

        Assert.Equal(["a", "c"], items.Keys.Order());
        Assert.Equal("one", (string?)Content(items["a"])["Text"]);
        Assert.Equal(3L, (long?)Content(items["c"])["Count"]);
    }

    [ContractFact]
    public async Task ValuesComeBackAsMemoryStorageGivesThem()
    {
        var storage = await CreateStorageAsync();
        IStorage reference = new MemoryStorage();
        var values = new Dictionary<string, object>
        {
            ["note"] = Note("hello"),
            ["json"] = JObject.Parse("""{"name":"Sam","answers":[1,2],"nested":{"ok":true}}"""),
            ["dictionary"] = new Dictionary<string, object> { ["count"] = 7, ["when"] = new DateTime(2026, 11, 27, 9, 30, 0, DateTimeKind.Utc), ["text"] = "bike" },
        };

        await storage.WriteAsync(values);
        await reference.WriteAsync(values);
        var actual = await storage.ReadAsync([.. values.Keys]);
        var expected = await reference.ReadAsync([.. values.Keys]);

        foreach (var key in values.Keys)
        {
            Assert.Equal(expected[key].GetType(), actual[key].GetType());
            Assert.True(JToken.DeepEquals(Content(expected[key]), Content(actual[key])), $"{key}: {Content(actual[key]).ToString(Formatting.None)}");
        }
    }

    [ContractFact]
    public async Task AStoreItemGetsANewETagOnEachWrite()
    {
        var storage = await CreateStorageAsync();

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("one") });
        var first = ETagOf((await storage.ReadAsync(["k"]))["k"]);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("two", first) });
        var second = ETagOf((await storage.ReadAsync(["k"]))["k"]);

        Assert.False(string.IsNullOrEmpty(first));
        Assert.False(string.IsNullOrEmpty(second));
        Assert.NotEqual(first, second);
    }

    [ContractFact]
    public async Task WritingWithAStaleETagFailsAndKeepsTheNewerValue()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("one") });
        var stale = ETagOf((await storage.ReadAsync(["k"]))["k"]);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("two", stale) });

        await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("three", stale) }));

        Assert.Equal("two", (string?)Content((await storage.ReadAsync(["k"]))["k"])["Text"]);
    }

    [ContractFact]
    public async Task WritingWithAStarETagOverwrites()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("one") });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("two", "*") });

        Assert.Equal("two", (string?)Content((await storage.ReadAsync(["k"]))["k"])["Text"]);
    }

    [ContractFact]
    public async Task DeletingRemovesOnlyTheGivenKeys()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = Note("one"), ["b"] = Note("two"), ["c"] = Note("three") });

        await storage.DeleteAsync(["a", "c", "never-written"]);

        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b", "c"])).Keys);
    }

    [ContractFact]
    public async Task ConversationStateRoundTripsTypedAndUntypedValues()
    {
        var storage = await CreateStorageAsync();
        var draft = new ReportDraft { What = "bike stolen", When = new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), Step = 2, Answers = ["yes", "shed"] };
        using (var turn = Turn())
        {
            var state = new ConversationState(storage);
            await state.CreateProperty<ReportDraft>("draft").SetAsync(turn, draft);
            await state.CreateProperty<Dictionary<string, object>>("values").SetAsync(turn, new Dictionary<string, object> { ["count"] = 2, ["name"] = "Sam" });
            await state.SaveChangesAsync(turn);
        }

        using var next = Turn();
        var reloaded = new ConversationState(storage);
        var readDraft = await reloaded.CreateProperty<ReportDraft>("draft").GetAsync(next, () => new ReportDraft());
        var readValues = await reloaded.CreateProperty<Dictionary<string, object>>("values").GetAsync(next, () => []);

        Assert.Equal(draft.What, readDraft.What);
        Assert.Equal(draft.When, readDraft.When);
        Assert.Equal(2, readDraft.Step);
        Assert.Equal(draft.Answers, readDraft.Answers);
        Assert.Equal(2, Convert.ToInt32(readValues["count"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Sam", readValues["name"]);
    }

    protected static TurnContext Turn(string conversationId = "conversation-1") => new(
        new TestAdapter(),
        new Activity(ActivityTypes.Message)
        {
            ChannelId = "test",
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("resident"),
            Recipient = new ChannelAccount("bot"),
            Text = "hello",
        });
}
