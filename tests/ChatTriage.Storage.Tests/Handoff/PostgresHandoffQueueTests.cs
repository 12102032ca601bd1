using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Handoff;

[RequiresPostgres]
public sealed class PostgresHandoffQueueTests() : SqlHandoffQueueTests(DatabaseKind.Postgres);
