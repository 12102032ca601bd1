using ChatTriage.Storage.Tests.Infrastructure;
using ChatTriage.Storage.Transcripts;
using Microsoft.Bot.Builder;

namespace ChatTriage.Storage.Tests.Transcripts;

public abstract class SqlTranscriptStoreTests(DatabaseKind kind) : TranscriptStoreContractTests, IAsyncLifetime
{
    private readonly TestDatabases databases = new(kind);

    protected override async Task<ITranscriptStore> CreateStoreAsync() => new SqlTranscriptStore((await databases.CreateAsync()).Database, Clock);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
