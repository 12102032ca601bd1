using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Agents;

[RequiresPostgres]
public sealed class PostgresAgentPresenceBoardTests() : SqlAgentPresenceBoardTests(DatabaseKind.Postgres);
