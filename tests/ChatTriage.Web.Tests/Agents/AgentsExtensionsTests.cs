using ChatTriage.Web.Agents.Feedback;
using ChatTriage.Web.Agents.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Web.Tests.Agents;

public sealed class AgentsExtensionsTests
{
    [Fact]
    public async Task TheObservingMiddlewareRunsFirstSoItSeesEveryReplyAndTheFeedbackMiddlewareComesLater()
    {
        await using var host = new AgentsTestHost();

        var pipeline = host.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>().ToList();

        Assert.IsType<ResidentSignalsMiddleware>(pipeline[0]);
        Assert.Contains(pipeline, m => m is AgentFeedbackMiddleware);
    }

    [Fact]
    public async Task TheAgentRelayIsTheBotsRelay()
    {
        await using var host = new AgentsTestHost();

        Assert.IsType<AgentRelay>(host.Services.GetRequiredService<ChatTriage.Bot.Handoff.IAgentRelay>());
    }
}
