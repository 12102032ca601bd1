using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Feedback;

[RequiresPostgres]
public sealed class PostgresFeedbackStoreTests() : SqlFeedbackStoreTests(DatabaseKind.Postgres);
