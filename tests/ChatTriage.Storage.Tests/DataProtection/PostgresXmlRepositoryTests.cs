using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.DataProtection;

[RequiresPostgres]
public sealed class PostgresXmlRepositoryTests() : SqlXmlRepositoryTests(DatabaseKind.Postgres);
