using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Transcripts;

[RequiresPostgres]
public sealed class PostgresTranscriptStoreTests() : SqlTranscriptStoreTests(DatabaseKind.Postgres);
