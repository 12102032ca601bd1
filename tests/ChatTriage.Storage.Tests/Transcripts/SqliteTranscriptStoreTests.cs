using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Transcripts;

public sealed class SqliteTranscriptStoreTests() : SqlTranscriptStoreTests(DatabaseKind.Sqlite);
