using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Migrations;

public sealed class SqliteMigratorTests() : SqlMigratorTests(DatabaseKind.Sqlite);
