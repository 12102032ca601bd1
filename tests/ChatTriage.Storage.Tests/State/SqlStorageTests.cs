using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.State;
using ChatTriage.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;

namespace ChatTriage.Storage.Tests.State;

/// <summary>The IStorage contract on a database, plus what a shared database adds: whole batches and several instances.</summary>
public abstract class SqlStorageTests(DatabaseKind kind) : StorageContractTests, IAsyncLifetime
{
    private readonly TestDatabases databases = new(kind);

    protected override async Task<IStorage> CreateStorageAsync() => new SqlStorage((await databases.CreateAsync()).Database);

    [ContractFact]
    public async Task WritingWithAnEmptyOrNullETagOverwrites()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("one") });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("two", string.Empty) });
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("three", null) });

        Assert.Equal("three", (string?)Content((await storage.ReadAsync(["k"]))["k"])["Text"]);
    }

    [ContractFact]
    public async Task ABatchWithAConflictWritesNothing()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = Note("one") });
        var stale = ETagOf((await storage.ReadAsync(["a"]))["a"]);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = Note("two", stale) });

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(
            new Dictionary<string, object> { ["b"] = Note("new"), ["a"] = Note("three", stale) }));

        Assert.Empty(await storage.ReadAsync(["b"]));
    }

    [ContractFact]
    public async Task OfManyInstancesWritingOverTheSameETagOnlyOneSucceeds()
    {
        var database = await databases.CreateAsync();
        var storages = Enumerable.Range(0, 5).Select(_ => new SqlStorage(database.OpenInstance())).ToList();
        await storages[0].WriteAsync(new Dictionary<string, object> { ["k"] = Note("start") });
        var etag = ETagOf((await storages[0].ReadAsync(["k"]))["k"]);

        var outcomes = await Task.WhenAll(storages.Select((storage, i) => Task.Run(async () =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note($"writer {i}", etag) });
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
    }

    [ContractFact]
    public async Task TextWithANulCharacterIsStoredAndTheTurnGoesOn()
    {
        var storage = await CreateStorageAsync();

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = Note("a\0b"), ["literal"] = Note("a\\u0000b") });
        var read = await storage.ReadAsync(["k", "literal"]);

        Assert.Contains((string?)Content(read["k"])["Text"], new[] { "a\0b", "a\uFFFDb" });
        Assert.Equal("a\\u0000b", (string?)Content(read["literal"])["Text"]);
    }

    [ContractFact]
    public async Task AnotherInstanceReadsWhatOneWrote()
    {
        var database = await databases.CreateAsync();
        await new SqlStorage(database.Database).WriteAsync(new Dictionary<string, object> { ["k"] = Note("shared") });

        var read = await new SqlStorage(database.OpenInstance()).ReadAsync(["k"]);

        Assert.Equal("shared", (string?)Content(read["k"])["Text"]);
    }

    [ContractFact]
    public async Task TwoTurnsThatReadTheSameConversationStateCannotBothSaveIt()
    {
        var database = await databases.CreateAsync();
        var (a, b) = (new ConversationState(new SqlStorage(database.Database)), new ConversationState(new SqlStorage(database.OpenInstance())));
        using (var first = Turn())
        {
            await a.CreateProperty<string>("step").SetAsync(first, "when");
            await a.SaveChangesAsync(first);
        }

        using var onA = Turn();
        using var onB = Turn();
        Assert.Equal("when", await a.CreateProperty<string>("step").GetAsync(onA, () => "none"));
        Assert.Equal("when", await b.CreateProperty<string>("step").GetAsync(onB, () => "none"));
        await a.CreateProperty<string>("step").SetAsync(onA, "where (from A)");
        await b.CreateProperty<string>("step").SetAsync(onB, "where (from B)");

        await a.SaveChangesAsync(onA);
        await Assert.ThrowsAsync<StorageConflictException>(() => b.SaveChangesAsync(onB));

        using var after = Turn();
        Assert.Equal("where (from A)", await new ConversationState(new SqlStorage(database.Database)).CreateProperty<string>("step").GetAsync(after, () => "none"));
    }

    [ContractFact]
    public async Task ATurnCanSaveItsStateTwiceAndTheNextTurnCarriesOn()
    {
        var storage = await CreateStorageAsync();
        var state = new ConversationState(storage);
        using (var turn = Turn())
        {
            await state.CreateProperty<int>("count").SetAsync(turn, 1);
            await state.SaveChangesAsync(turn);
            await state.CreateProperty<int>("count").SetAsync(turn, 2);
            await state.SaveChangesAsync(turn);
        }

        using (var turn = Turn())
        {
            var count = await state.CreateProperty<int>("count").GetAsync(turn, () => 0);
            await state.CreateProperty<int>("count").SetAsync(turn, count + 1);
            await state.SaveChangesAsync(turn);
        }

        using var last = Turn();
        Assert.Equal(3, await state.CreateProperty<int>("count").GetAsync(last, () => 0));
    }

    [ContractFact]
    public async Task StateReadTwiceHasTheSameETagBesideOnlyItsOwnValues()
    {
        var storage = await CreateStorageAsync();
        var state = new ConversationState(storage);
        using (var turn = Turn())
        {
            await state.CreateProperty<string>("name").SetAsync(turn, "Sam");
            await state.SaveChangesAsync(turn);
        }

        var read = (await storage.ReadAsync([Key()]))[Key()];
        var first = Assert.IsAssignableFrom<IDictionary<string, object>>(read)["eTag"];
        var again = Assert.IsAssignableFrom<IDictionary<string, object>>((await storage.ReadAsync([Key()]))[Key()]);

        Assert.Equal(first, again["eTag"]);
        Assert.Equal(["Sam"], again.Where(p => p.Key != "eTag").Select(p => p.Value));

        static string Key() => "test/conversations/conversation-1";
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
