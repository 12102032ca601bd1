using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.DirectLine;

[RequiresPostgres]
public sealed class PostgresDirectLineLogTests() : SqlDirectLineLogTests(DatabaseKind.Postgres);
