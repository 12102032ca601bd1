using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.DirectLine;

public sealed class SqliteDirectLineLogTests() : SqlDirectLineLogTests(DatabaseKind.Sqlite);
