using ChatTriage.Web.Agents.Feedback;
using ChatTriage.Web.Agents.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Web.Tests.Agents;

public sealed class AgentsExtensionsTests
{
    [Fact]
    public async Task TheObservingMiddlewareRunsRightAfterTheOutboxSoItSeesEveryReplySentAndTheFeedbackMiddlewareComesAfterThe999Interrupt()
    {
        await using var host = new AgentsTestHost();

        var pipeline = host.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>().ToList();

        Assert.IsType<ChatTriage.Storage.Turns.OutboxMiddleware>(pipeline[0]);
        Assert.IsType<ResidentSignalsMiddleware>(pipeline[1]);
        var emergency = pipeline.FindIndex(m => m is ChatTriage.Bot.Emergency.EmergencyMiddleware);
        Assert.True(emergency > 1);
        Assert.True(pipeline.FindIndex(m => m is AgentFeedbackMiddleware) > emergency);
        Assert.True(pipeline.FindIndex(m => m is ChatTriage.Storage.Turns.ConflictRetryMiddleware) > emergency);
    }

    [Fact]
    public async Task TheAgentRelayIsTheBotsRelay()
    {
        await using var host = new AgentsTestHost();

        Assert.IsType<AgentRelay>(host.Services.GetRequiredService<ChatTriage.Bot.Handoff.IAgentRelay>());
    }
}
