using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.External;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Web.Tests.Agents;

public sealed class ExternalHandoffTests
{
    [Fact]
    public async Task InExternalModeANewTicketSendsHandoffInitiateWithContextAndTranscript()
    {
        await using var host = new AgentsTestHost().With("Handoff:Mode", "External");
        var ticket = await host.EnqueueAsync();

        await host.Monitor.RefreshAsync();

        var sent = host.Messenger.To(ticket.ConversationId);
        var initiate = Assert.Single(sent.OfType<IEventActivity>());
        Assert.Equal("handoff.initiate", initiate.Name);
        var context = Assert.IsType<JObject>(initiate.Value);
        Assert.Equal(ticket.Id, context["ticketId"]!.ToString());
        Assert.Equal("Hatfield", context["details"]!["where"]!.ToString());
        var attachment = Assert.Single(((Activity)initiate).Attachments);
        Assert.Equal("application/vnd.microsoft.activity.transcript", attachment.ContentType);
        Assert.IsType<Transcript>(attachment.Content);
        Assert.DoesNotContain(sent.OfType<IMessageActivity>(), m => m.Text?.Contains("in the queue", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("accepted", HandoffStatus.Assigned)]
    [InlineData("completed", HandoffStatus.Closed)]
    [InlineData("failed", HandoffStatus.Expired)]
    public async Task HandoffStatusEventsMoveTheTicket(string state, HandoffStatus expected)
    {
        await using var host = new AgentsTestHost().With("Handoff:Mode", "External");
        var ticket = await host.EnqueueAsync();
        if (state == "completed")
        {
            await host.Queue.TryAcceptAsync(ticket.Id, ExternalHandoff.ExternalAgentId, ExternalHandoff.ExternalAgentId, 100);
        }

        var status = (Activity)Activity.CreateEventActivity();
        status.Name = "handoff.status";
        status.Value = JObject.FromObject(new { state });
        var replies = await AgentHubTests.RelayAsync(host, (await host.Queue.GetAsync(ticket.Id))!, status);

        Assert.Equal(expected, (await host.Queue.GetAsync(ticket.Id))!.Status);
        if (state == "failed")
        {
            Assert.Contains(replies.OfType<IMessageActivity>(), m => m.Text.StartsWith("We have kept what you told us", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task InExternalModeResidentMessagesAreLeftToTheHub()
    {
        await using var host = new AgentsTestHost().With("Handoff:Mode", "External");
        var ticket = await host.EnqueueAsync();

        var replies = await AgentHubTests.RelayAsync(host, ticket, MessageFactory.Text("leave queue"));

        Assert.Empty(replies);
        Assert.Equal(HandoffStatus.Waiting, (await host.Queue.GetAsync(ticket.Id))!.Status);
    }
}
