using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Tests.Audit;
using ChatTriage.Storage.Audit;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Audit;

public abstract class SqlAuditLogTests(DatabaseKind kind) : AuditLogContractTests, IAsyncLifetime
{
    private readonly TestDatabases databases = new(kind);

    protected override async Task<IAuditLog> CreateLogAsync() => new SqlAuditLog((await databases.CreateAsync()).Database);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
