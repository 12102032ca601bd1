using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Tests.Infrastructure;

namespace ChatTriage.Storage.Tests.Reports;

[RequiresPostgres]
public sealed class PostgresReportStoreTests() : SqlReportStoreTests(DatabaseKind.Postgres);
