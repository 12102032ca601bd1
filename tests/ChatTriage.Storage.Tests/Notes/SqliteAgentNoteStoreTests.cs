using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Notes;

public sealed class SqliteAgentNoteStoreTests() : SqlAgentNoteStoreTests(DatabaseKind.Sqlite);
