using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Audit;

[RequiresPostgres]
public sealed class PostgresAuditLogTests() : SqlAuditLogTests(DatabaseKind.Postgres);
