using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.State;

[RequiresPostgres]
public sealed class PostgresStorageTests() : SqlStorageTests(DatabaseKind.Postgres);
