using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using Microsoft.Bot.Builder;

namespace ChatTriage.Web.Tests.Agents;

public sealed class QueueMonitorTests
{
    [Fact]
    public async Task ANewlyQueuedResidentIsToldHowToStopWaitingAndNotTheirPlaceAgain()
    {
        await using var host = new AgentsTestHost();
        await host.EnqueueAsync();
        var second = await host.EnqueueAsync();

        await host.Monitor.RefreshAsync();

        var text = Assert.Single(host.Messenger.TextsTo(second.ConversationId));
        Assert.Contains("\"leave queue\"", text, StringComparison.Ordinal);
        Assert.Contains("the person who joins will see it", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWaitUsesTheBotsMinutesPerWaitingResidentUnlessHandoffSetsIt()
    {
        await using var host = new AgentsTestHost().With("Triage:MinutesPerWaitingResident", "7").With("Handoff:MinutesPerPlace", null);
        var first = await host.EnqueueAsync();
        await host.EnqueueAsync();
        var third = await host.EnqueueAsync();
        await host.Monitor.RefreshAsync();

        await host.Queue.TryAcceptAsync(first.Id, "sam", "Sam", 3);
        await host.Monitor.RefreshAsync();

        Assert.Contains("You are now number 2 in the queue. The wait is about 14 minutes.", host.Messenger.TextsTo(third.ConversationId));
    }

    [Fact]
    public async Task OutOfTheBotsOpeningHoursWaitingChatsGetTheFallbackWithTheBotsWording()
    {
        await using var host = new AgentsTestHost()
            .With("Triage:OpeningHours", "18:00-23:00")
            .With("Triage:OpeningHoursText", "from 6pm to 11pm, every day");
        var ticket = await host.EnqueueAsync();

        await host.Monitor.RefreshAsync();

        Assert.Contains("Our team is not online at the moment. They are available from 6pm to 11pm, every day.", host.Messenger.TextsTo(ticket.ConversationId));
    }

    [Fact]
    public async Task WhenTheQueueMovesTheResidentIsToldTheirNewPlace()
    {
        await using var host = new AgentsTestHost();
        var first = await host.EnqueueAsync();
        var second = await host.EnqueueAsync();
        var third = await host.EnqueueAsync();
        await host.Monitor.RefreshAsync();

        await host.Queue.TryAcceptAsync(first.Id, "sam", "Sam", 3);
        await host.Monitor.RefreshAsync();

        Assert.Contains("You are now next in the queue. Someone will be with you soon.", host.Messenger.TextsTo(second.ConversationId));
        Assert.Contains("You are now number 2 in the queue. The wait is about 8 minutes.", host.Messenger.TextsTo(third.ConversationId));
    }

    [Fact]
    public async Task AnUnchangedQueueSendsNothingMore()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await host.Monitor.RefreshAsync();
        var before = host.Messenger.To(ticket.ConversationId).Count;

        await host.Monitor.RefreshAsync();

        Assert.Equal(before, host.Messenger.To(ticket.ConversationId).Count);
    }

    [Fact]
    public async Task NobodyAcceptingInTimeKeepsTheInformationAsAReportAndOffers101()
    {
        await using var host = new AgentsTestHost().With("Handoff:AcceptTimeoutMinutes", "10");
        var ticket = await host.EnqueueAsync();
        await host.Monitor.RefreshAsync();

        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.Monitor.RefreshAsync();

        var ended = (await host.Queue.GetAsync(ticket.Id))!;
        Assert.Equal(HandoffStatus.Expired, ended.Status);
        var texts = host.Messenger.TextsTo(ticket.ConversationId);
        Assert.Contains("Sorry, nobody from our team has been free to join you.", texts);
        var reportText = Assert.Single(texts, t => t.StartsWith("We have kept what you told us as a written report.", StringComparison.Ordinal));
        var reference = System.Text.RegularExpressions.Regex.Match(reportText, @"CT-\d{4}-\d{7}-[A-Z]").Value;
        Assert.True(ReportReference.IsValid(reference));
        var stored = await host.Reports.FindAsync(reference);
        Assert.Equal(ReportKind.Information, stored!.Kind);
        Assert.Contains("Hatfield", stored.Json, StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains("call 101", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBackgroundMonitorExpiresAWaitingChatAsTheClockPassesTheTimeout()
    {
        await using var host = new AgentsTestHost().With("Handoff:AcceptTimeoutMinutes", "10");
        var ticket = await host.EnqueueAsync();

        // Only the fake clock moves the monitor's timer; keep it moving until the monitor has acted.
        for (var i = 0; i < 400 && (await host.Queue.GetAsync(ticket.Id))!.Status == HandoffStatus.Waiting; i++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(10);
        }

        Assert.Equal(HandoffStatus.Expired, (await host.Queue.GetAsync(ticket.Id))!.Status);
        Assert.True(host.Time.GetUtcNow() - ticket.CreatedAt >= TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task AChatAcceptedBeforeTheTimeoutIsNotExpired()
    {
        await using var host = new AgentsTestHost().With("Handoff:AcceptTimeoutMinutes", "10");
        var ticket = await host.EnqueueAsync();
        await host.Queue.TryAcceptAsync(ticket.Id, "sam", "Sam", 3);

        host.Time.Advance(TimeSpan.FromMinutes(30));
        await host.Monitor.RefreshAsync();

        Assert.Equal(HandoffStatus.Assigned, (await host.Queue.GetAsync(ticket.Id))!.Status);
    }

    [Fact]
    public async Task OutOfHoursTheResidentIsToldTheHoursAndGetsTheReportAnd101()
    {
        // The fake clock says noon; the team works evenings only.
        await using var host = new AgentsTestHost()
            .With("Handoff:OpeningHours:Opens", "18:00")
            .With("Handoff:OpeningHours:Closes", "23:00");
        var ticket = await host.EnqueueAsync();

        await host.Monitor.RefreshAsync();

        var ended = (await host.Queue.GetAsync(ticket.Id))!;
        Assert.Equal(HandoffStatus.Expired, ended.Status);
        Assert.Equal("out-of-hours", ended.Outcome);
        var texts = host.Messenger.TextsTo(ticket.ConversationId);
        Assert.Contains("Our team is not online at the moment. They are available from 18:00 to 23:00.", texts);
        Assert.Contains(texts, t => t.StartsWith("We have kept what you told us as a written report. Your reference is CT-", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("number 1 in the queue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheResidentCanLeaveTheQueue()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();

        var replies = await AgentHubTests.RelayAsync(host, ticket, MessageFactory.Text("Leave queue."));

        Assert.Equal(HandoffStatus.ResidentLeft, (await host.Queue.GetAsync(ticket.Id))!.Status);
        var reply = Assert.Single(replies);
        Assert.StartsWith("You have left the queue.", ((Microsoft.Bot.Schema.IMessageActivity)reply).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAnAgentTheResidentEndsTheChatWithEndChatAndTheAgentIsNamed()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await host.Queue.TryAcceptAsync(ticket.Id, "sam", "Sam", 3);

        var cancelReplies = await AgentHubTests.RelayAsync(host, (await host.Queue.GetAsync(ticket.Id))!, MessageFactory.Text("cancel"));
        var replies = await AgentHubTests.RelayAsync(host, (await host.Queue.GetAsync(ticket.Id))!, MessageFactory.Text("End chat"));

        Assert.Empty(cancelReplies); // with an agent, "cancel" is something to tell the agent
        Assert.Equal(HandoffStatus.ResidentLeft, (await host.Queue.GetAsync(ticket.Id))!.Status);
        Assert.StartsWith("You have ended the chat with Sam.", ((Microsoft.Bot.Schema.IMessageActivity)Assert.Single(replies)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelInsideASentenceIsAMessageForTheAgentNotALeave()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();

        var replies = await AgentHubTests.RelayAsync(host, ticket, MessageFactory.Text("I want to cancel my bank card"));

        Assert.Empty(replies);
        Assert.Equal(HandoffStatus.Waiting, (await host.Queue.GetAsync(ticket.Id))!.Status);
    }
}
