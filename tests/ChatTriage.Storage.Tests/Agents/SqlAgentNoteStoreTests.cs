using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Agents;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Agents;

/// <summary>Agents' notes on a database: in the order written, per chat, seen by every instance, purged by age.</summary>
public abstract class SqlAgentNoteStoreTests(DatabaseKind kind) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private readonly TestDatabases databases = new(kind);

    [ContractFact]
    public async Task NotesComeBackInTheOrderWrittenForTheirChatOnly()
    {
        var store = new SqlAgentNoteStore((await databases.CreateAsync()).Database);
        await store.AddAsync(Note("n1", "t1", "Rang the resident back", Now));
        await store.AddAsync(Note("n2", "t2", "Another chat", Now));
        await store.AddAsync(Note("n3", "t1", "Passed to the neighbourhood team", Now.AddMinutes(-5)));

        var notes = await store.ListAsync("t1");

        Assert.Equal(["n1", "n3"], notes.Select(n => n.Id));
        Assert.Equal(Note("n1", "t1", "Rang the resident back", Now), notes[0]);
        Assert.Empty(await store.ListAsync("t9"));
    }

    [ContractFact]
    public async Task ANoteWrittenOnOneInstanceIsReadOnAnother()
    {
        var database = await databases.CreateAsync();
        await new SqlAgentNoteStore(database.Database).AddAsync(Note("n1", "t1", "Café owner saw it — CCTV kept", Now));

        var notes = await new SqlAgentNoteStore(database.OpenInstance()).ListAsync("t1");

        Assert.Equal("Café owner saw it — CCTV kept", Assert.Single(notes).Text);
    }

    [ContractFact]
    public async Task PurgeDeletesOnlyNotesWrittenBeforeTheCutOff()
    {
        var store = new SqlAgentNoteStore((await databases.CreateAsync()).Database);
        await store.AddAsync(Note("old", "t1", "old", Now.AddDays(-100)));
        await store.AddAsync(Note("new", "t1", "new", Now.AddDays(-1)));

        Assert.Equal(1, await store.PurgeAsync(Now.AddDays(-90)));

        Assert.Equal(["new"], (await store.ListAsync("t1")).Select(n => n.Id));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();

    private static AgentNote Note(string id, string ticketId, string text, DateTimeOffset at) => new(id, ticketId, "sam", "Sam Agent", text, at);
}
