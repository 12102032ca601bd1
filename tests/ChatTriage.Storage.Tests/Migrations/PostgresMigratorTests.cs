using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Migrations;

[RequiresPostgres]
public sealed class PostgresMigratorTests() : SqlMigratorTests(DatabaseKind.Postgres);
