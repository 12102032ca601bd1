using ChatTriage.Bot.Tests.Contracts;

namespace ChatTriage.Web.Tests.Scaling;

[RequiresPostgres]
public sealed class PostgresDirectLineStoreContractTests() : SqlDirectLineStoreContractTests(ScratchDatabase.PostgresAsync);
