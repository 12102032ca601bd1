using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Audit;

public sealed class SqliteAuditLogTests() : SqlAuditLogTests(DatabaseKind.Sqlite);
