using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.Tests.Infrastructure;

/// <summary>A database instance a test opened itself, disposed (its pool closed) with the test.</summary>
public sealed class PooledDatabase(RelationalDatabase database) : IAsyncDisposable
{
    public RelationalDatabase Database { get; } = database;

    public async ValueTask DisposeAsync()
    {
        if (Database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
