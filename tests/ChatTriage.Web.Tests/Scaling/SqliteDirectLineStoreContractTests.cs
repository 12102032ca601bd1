namespace ChatTriage.Web.Tests.Scaling;

public sealed class SqliteDirectLineStoreContractTests() : SqlDirectLineStoreContractTests(ScratchDatabase.SqliteAsync);
