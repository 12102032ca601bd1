using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using ChatTriage.Web.Agents.Queue;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ChatTriage.Web.Tests.Agents;

public sealed class HandoffFallbackTests
{
    [Fact]
    public async Task CallersApplyingTheFallbackAtOnceFileOneReportAndTellTheResidentOnce()
    {
        var kept = new InMemoryReportStore();
        var reports = new Mock<IReportStore>();
        reports.Setup(r => r.SubmitAsync(It.IsAny<NewReport>(), It.IsAny<CancellationToken>()))
            .Returns((NewReport report, CancellationToken ct) => kept.SubmitAsync(report, ct));
        await using var host = new AgentsTestHost { ExtraServices = services => services.AddSingleton(reports.Object) };
        var ticket = await host.EnqueueAsync();
        var fallback = host.Services.GetRequiredService<HandoffFallback>();

        // As the monitors of several instances, and the hub's "failed" status, might all at once.
        var applied = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => fallback.ApplyAsync(ticket, outOfHours: false, CancellationToken.None))));

        Assert.Single(applied, a => a);
        reports.Verify(r => r.SubmitAsync(It.IsAny<NewReport>(), It.IsAny<CancellationToken>()), Times.Once());
        Assert.Single(await host.Audit.ListAsync(DateTimeOffset.MinValue), e => e.Kind == "handoff.expired");
        Assert.Single(host.Messenger.TextsTo(ticket.ConversationId), t => t.StartsWith("We have kept what you told us as a written report.", StringComparison.Ordinal));
        Assert.Single(host.Messenger.TextsTo(ticket.ConversationId), t => t.StartsWith("Sorry, nobody from our team has been free", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChatAcceptedJustBeforeTheFallbackIsLeftWithItsAgent()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await host.Queue.TryAcceptAsync(ticket.Id, "sam", "Sam", 3);

        var applied = await host.Services.GetRequiredService<HandoffFallback>().ApplyAsync(ticket, outOfHours: false, CancellationToken.None);

        Assert.False(applied);
        Assert.Equal(HandoffStatus.Assigned, (await host.Queue.GetAsync(ticket.Id))!.Status);
        Assert.Empty(host.Messenger.To(ticket.ConversationId));
    }
}
