using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Feedback;

public sealed class SqliteFeedbackStoreTests() : SqlFeedbackStoreTests(DatabaseKind.Sqlite);
