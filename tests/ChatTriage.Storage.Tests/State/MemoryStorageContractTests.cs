using Microsoft.Bot.Builder;

namespace ChatTriage.Storage.Tests.State;

/// <summary>Bot Builder's MemoryStorage: the reference the SQL storages are held to.</summary>
public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage());
}
