using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Agents;

public sealed class SqliteAgentPresenceBoardTests() : SqlAgentPresenceBoardTests(DatabaseKind.Sqlite);
