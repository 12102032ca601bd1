using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Handoff;

public sealed class SqliteHandoffQueueTests() : SqlHandoffQueueTests(DatabaseKind.Sqlite);
