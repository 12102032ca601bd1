using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.State;

public sealed class SqliteStorageTests() : SqlStorageTests(DatabaseKind.Sqlite);
