using ChatTriage.Bot.Reports;

namespace ChatTriage.Bot.Tests.Reports;

public sealed class InMemoryReportStoreTests : ReportStoreContractTests
{
    protected override Task<IReportStore> CreateStoreAsync() => Task.FromResult<IReportStore>(new InMemoryReportStore());
}
