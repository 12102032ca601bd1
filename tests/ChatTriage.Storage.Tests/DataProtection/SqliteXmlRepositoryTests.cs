using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.DataProtection;

public sealed class SqliteXmlRepositoryTests() : SqlXmlRepositoryTests(DatabaseKind.Sqlite);
