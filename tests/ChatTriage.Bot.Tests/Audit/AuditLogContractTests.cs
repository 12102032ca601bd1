using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Tests.Contracts;

namespace ChatTriage.Bot.Tests.Audit;

/// <summary>The behaviour every <see cref="IAuditLog"/> must have (in memory here; SQLite and PostgreSQL in ChatTriage.Storage.Tests).</summary>
public abstract class AuditLogContractTests
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty log.</summary>
    protected abstract Task<IAuditLog> CreateLogAsync();

    [ContractFact]
    public async Task RecordedEventsComeBackInTimeOrderFromTheGivenMoment()
    {
        var log = await CreateLogAsync();
        await log.RecordAsync(new AuditEvent("handoff.close", "c1", "advice-given", Now.AddMinutes(5), "agent-1"));
        await log.RecordAsync(new AuditEvent("emergency", "c1", "rule-weapon", Now));
        await log.RecordAsync(new AuditEvent("handoff.accept", "c0", "agent-1", Now.AddDays(-1), "agent-1"));

        var events = await log.ListAsync(Now);

        Assert.Equal(
            [new AuditEvent("emergency", "c1", "rule-weapon", Now), new AuditEvent("handoff.close", "c1", "advice-given", Now.AddMinutes(5), "agent-1")],
            events);
    }

    [ContractFact]
    public async Task PurgeDeletesOnlyEventsBeforeTheCutOff()
    {
        var log = await CreateLogAsync();
        await log.RecordAsync(new AuditEvent("emergency", "c1", "rule-weapon", Now.AddDays(-800)));
        await log.RecordAsync(new AuditEvent("emergency", "c2", "rule-fire", Now));

        var purged = await log.PurgeAsync(Now.AddDays(-730));

        Assert.Equal(1, purged);
        Assert.Equal("c2", Assert.Single(await log.ListAsync(DateTimeOffset.MinValue)).ConversationId);
    }
}
