using ChatTriage.Bot.Audit;

namespace ChatTriage.Bot.Tests.Audit;

public sealed class InMemoryAuditLogTests : AuditLogContractTests
{
    protected override Task<IAuditLog> CreateLogAsync() => Task.FromResult<IAuditLog>(new InMemoryAuditLog());
}
