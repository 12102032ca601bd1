using ChatTriage.Web.Agents.Feedback;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Web.Tests.Agents;

public sealed class AgentFeedbackMiddlewareTests
{
    [Theory]
    [InlineData("Yes", true)]
    [InlineData("no", false)]
    [InlineData("Yeah.", true)]
    public async Task TheAnswerAfterAnAgentChatIsStoredUnderItsOutcome(string answer, bool helpful)
    {
        await using var host = new AgentsTestHost();
        await host.Services.GetRequiredService<PendingFeedback>().MarkAsync("conv-x", "agent:advice-given", default);

        var (replies, reachedBot) = await TurnAsync(host, "conv-x", answer);

        var entry = Assert.Single(await host.Feedback.ListSinceAsync(DateTimeOffset.MinValue));
        Assert.Equal(helpful, entry.Helpful);
        Assert.Equal("agent:advice-given", entry.Outcome);
        Assert.Equal("Thank you for telling us.", Assert.Single(replies).Text);
        Assert.False(reachedBot);
    }

    [Fact]
    public async Task AnyOtherMessageGoesOnToTheBotAndNothingIsStored()
    {
        await using var host = new AgentsTestHost();
        await host.Services.GetRequiredService<PendingFeedback>().MarkAsync("conv-y", "agent:advice-given", default);

        var (_, reachedBot) = await TurnAsync(host, "conv-y", "I need to report something else");
        var (_, nextReachedBot) = await TurnAsync(host, "conv-y", "yes");

        Assert.True(reachedBot);
        Assert.True(nextReachedBot);
        Assert.Empty(await host.Feedback.ListSinceAsync(DateTimeOffset.MinValue));
    }

    private static async Task<(List<IMessageActivity> Replies, bool ReachedBot)> TurnAsync(AgentsTestHost host, string conversationId, string text)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId));
        adapter.Use(host.Services.GetRequiredService<AgentFeedbackMiddleware>());
        var reached = false;
        var activity = MessageFactory.Text(text);
        activity.Conversation = new ConversationAccount(id: conversationId);
        await adapter.ProcessActivityAsync(activity, (_, _) =>
        {
            reached = true;
            return Task.CompletedTask;
        }, default);
        var replies = new List<IMessageActivity>();
        while (adapter.ActiveQueue.Count > 0)
        {
            replies.Add((IMessageActivity)adapter.ActiveQueue.Dequeue());
        }

        return (replies, reached);
    }
}
