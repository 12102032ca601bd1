using ChatTriage.Storage.Transcripts;
using Microsoft.Bot.Builder;

namespace ChatTriage.Storage.Tests.Transcripts;

public sealed class InMemoryTranscriptStoreTests : TranscriptStoreContractTests
{
    protected override Task<ITranscriptStore> CreateStoreAsync() => Task.FromResult<ITranscriptStore>(new InMemoryTranscriptStore(Clock));
}
