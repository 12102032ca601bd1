using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Reports;

public sealed class SqliteReportStoreTests() : SqlReportStoreTests(DatabaseKind.Sqlite);
