using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Tests.Feedback;
using ChatTriage.Storage.Feedback;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Feedback;

public abstract class SqlFeedbackStoreTests(DatabaseKind kind) : FeedbackStoreContractTests, IAsyncLifetime
{
    private readonly TestDatabases databases = new(kind);

    protected override async Task<IFeedbackStore> CreateStoreAsync() => new SqlFeedbackStore((await databases.CreateAsync()).Database);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
