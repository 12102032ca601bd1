using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Tests.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Bot.Tests.Handoff;

/// <summary>
/// The behaviour every <see cref="IHandoffQueue"/> must have. Run against the in-memory queue here and against
/// SQLite and PostgreSQL in ChatTriage.Storage.Tests (which compiles this file in).
/// </summary>
public abstract class HandoffQueueContractTests
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A fresh, empty queue that reads time from <see cref="Clock"/>.</summary>
    protected abstract Task<IHandoffQueue> CreateQueueAsync();

    protected static HandoffRequest Request(string conversationId, bool urgent = false) => new(
        conversationId,
        "{\"conversation\":{\"id\":\"" + conversationId + "\"}}",
        "share-information",
        "step4",
        "Wants to talk about a neighbour dispute",
        "{\"answers\":{\"q1\":\"yes\"}}",
        urgent,
        urgent ? "weapon" : null);

    [ContractFact]
    public async Task EnqueueGivesAWaitingTicketWithEveryFieldKept()
    {
        var queue = await CreateQueueAsync();

        var ticket = await queue.EnqueueAsync(Request("c1"));
        var read = await queue.GetAsync(ticket.Id);

        Assert.Equal(HandoffStatus.Waiting, ticket.Status);
        Assert.Equal(Clock.GetUtcNow(), ticket.CreatedAt);
        Assert.Equal(ticket, read);
        Assert.Equal("c1", read!.ConversationId);
        Assert.Equal("{\"answers\":{\"q1\":\"yes\"}}", read.DetailsJson);
        Assert.Equal("share-information", read.Category);
        Assert.Equal("step4", read.Step);
    }

    [ContractFact]
    public async Task EnqueueTwiceForTheSameConversationReturnsTheOpenTicket()
    {
        var queue = await CreateQueueAsync();

        var first = await queue.EnqueueAsync(Request("c1"));
        var second = await queue.EnqueueAsync(Request("c1"));

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await queue.ListWaitingAsync());
    }

    [ContractFact]
    public async Task AnUrgentRequestIsQueuedUrgentWithItsReason()
    {
        var queue = await CreateQueueAsync();

        var ticket = await queue.EnqueueAsync(Request("c1", urgent: true));

        Assert.True(ticket.Urgent);
        Assert.Equal("weapon", ticket.UrgentReason);
        Assert.Equal(Clock.GetUtcNow(), ticket.UrgentAt);
    }

    [ContractFact]
    public async Task WaitingListPutsUrgentFirstThenOldest()
    {
        var queue = await CreateQueueAsync();
        await queue.EnqueueAsync(Request("old"));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await queue.EnqueueAsync(Request("newer"));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await queue.EnqueueAsync(Request("urgent", urgent: true));

        var waiting = await queue.ListWaitingAsync();

        Assert.Equal(["urgent", "old", "newer"], waiting.Select(t => t.ConversationId));
    }

    [ContractFact]
    public async Task PositionFollowsTheQueueOrderAndIsNullWhenNotWaiting()
    {
        var queue = await CreateQueueAsync();
        await queue.EnqueueAsync(Request("a"));
        Clock.Advance(TimeSpan.FromSeconds(30));
        var b = await queue.EnqueueAsync(Request("b"));

        Assert.Equal(1, await queue.PositionAsync("a"));
        Assert.Equal(2, await queue.PositionAsync("b"));
        Assert.Null(await queue.PositionAsync("nobody"));

        await queue.TryAcceptAsync(b.Id, "agent-1", "Sam", 3);
        Assert.Null(await queue.PositionAsync("b"));
    }

    [ContractFact]
    public async Task MarkingUrgentMovesAConversationToTheTop()
    {
        var queue = await CreateQueueAsync();
        await queue.EnqueueAsync(Request("a"));
        Clock.Advance(TimeSpan.FromSeconds(30));
        await queue.EnqueueAsync(Request("b"));

        Assert.True(await queue.MarkUrgentAsync("b", "rule-7"));

        var top = (await queue.ListWaitingAsync())[0];
        Assert.Equal("b", top.ConversationId);
        Assert.True(top.Urgent);
        Assert.Equal("rule-7", top.UrgentReason);
        Assert.NotNull(top.UrgentAt);
        Assert.Equal(1, await queue.PositionAsync("b"));
    }

    [ContractFact]
    public async Task MarkingUrgentWithoutAnOpenTicketReturnsFalse()
    {
        var queue = await CreateQueueAsync();

        Assert.False(await queue.MarkUrgentAsync("nobody", "rule-7"));
    }

    [ContractFact]
    public async Task AcceptingAssignsTheTicketToTheAgent()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));
        Clock.Advance(TimeSpan.FromMinutes(2));

        var result = await queue.TryAcceptAsync(ticket.Id, "agent-1", "Sam", 3);

        Assert.True(result.Accepted);
        Assert.Equal(HandoffStatus.Assigned, result.Ticket!.Status);
        Assert.Equal("agent-1", result.Ticket.AgentId);
        Assert.Equal("Sam", result.Ticket.AgentDisplayName);
        Assert.Equal(Clock.GetUtcNow(), result.Ticket.AcceptedAt);
        Assert.Equal(result.Ticket, await queue.GetAsync(ticket.Id));
        Assert.Empty(await queue.ListWaitingAsync());
    }

    [ContractFact]
    public async Task OnlyOneOfManyAgentsAcceptingAtOnceWins()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));

        var results = await Task.WhenAll(Enumerable.Range(1, 8)
            .Select(i => Task.Run(() => queue.TryAcceptAsync(ticket.Id, $"agent-{i}", $"Agent {i}", 3))));

        var winner = Assert.Single(results, r => r.Accepted);
        Assert.All(results.Where(r => !r.Accepted), r => Assert.Equal(AcceptOutcome.NotWaiting, r.Outcome));
        Assert.Equal(winner.Ticket!.AgentId, (await queue.GetAsync(ticket.Id))!.AgentId);
    }

    [ContractFact]
    public async Task AnAgentAtTheirLimitCannotAcceptMore()
    {
        var queue = await CreateQueueAsync();
        var first = await queue.EnqueueAsync(Request("c1"));
        var second = await queue.EnqueueAsync(Request("c2"));
        await queue.TryAcceptAsync(first.Id, "agent-1", "Sam", 1);

        var result = await queue.TryAcceptAsync(second.Id, "agent-1", "Sam", 1);

        Assert.Equal(AcceptOutcome.AtCapacity, result.Outcome);
        Assert.Equal(HandoffStatus.Waiting, (await queue.GetAsync(second.Id))!.Status);
    }

    [ContractFact]
    public async Task OneAgentAcceptingManyChatsAtOnceStopsAtTheLimit()
    {
        var queue = await CreateQueueAsync();
        var tickets = new List<HandoffTicket>();
        for (var i = 0; i < 6; i++)
        {
            tickets.Add(await queue.EnqueueAsync(Request($"c{i}")));
        }

        var results = await Task.WhenAll(tickets.Select(t => Task.Run(() => queue.TryAcceptAsync(t.Id, "agent-1", "Sam", 2))));

        Assert.Equal(2, results.Count(r => r.Accepted));
        Assert.Equal(2, (await queue.ListAssignedAsync("agent-1")).Count);
        Assert.Equal(4, (await queue.ListWaitingAsync()).Count);
    }

    [ContractFact]
    public async Task AcceptingAnUnknownTicketIsNotFound()
    {
        var queue = await CreateQueueAsync();

        var result = await queue.TryAcceptAsync("no-such-ticket", "agent-1", "Sam", 3);

        Assert.Equal(AcceptOutcome.NotFound, result.Outcome);
        Assert.Null(result.Ticket);
    }

    [ContractFact]
    public async Task ListAssignedShowsAllOrOneAgentsChats()
    {
        var queue = await CreateQueueAsync();
        var a = await queue.EnqueueAsync(Request("a"));
        var b = await queue.EnqueueAsync(Request("b"));
        await queue.TryAcceptAsync(a.Id, "agent-1", "Sam", 3);
        await queue.TryAcceptAsync(b.Id, "agent-2", "Jo", 3);

        Assert.Equal(2, (await queue.ListAssignedAsync()).Count);
        Assert.Equal("a", Assert.Single(await queue.ListAssignedAsync("agent-1")).ConversationId);
    }

    [ContractFact]
    public async Task TransferMovesAChatToAnotherAgent()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));
        await queue.TryAcceptAsync(ticket.Id, "agent-1", "Sam", 3);

        var moved = await queue.TransferAsync(ticket.Id, "agent-2", "Jo");

        Assert.Equal(HandoffStatus.Assigned, moved!.Status);
        Assert.Equal("agent-2", moved.AgentId);
        Assert.Equal("Jo", moved.AgentDisplayName);
        Assert.Empty(await queue.ListAssignedAsync("agent-1"));
    }

    [ContractFact]
    public async Task TransferToNobodyPutsTheChatBackInTheQueue()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));
        await queue.TryAcceptAsync(ticket.Id, "agent-1", "Sam", 3);

        var moved = await queue.TransferAsync(ticket.Id, null, null);

        Assert.Equal(HandoffStatus.Waiting, moved!.Status);
        Assert.Null(moved.AgentId);
        Assert.Equal(1, await queue.PositionAsync("c1"));
    }

    [ContractFact]
    public async Task TransferOfAChatThatIsNotAssignedReturnsNull()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));

        Assert.Null(await queue.TransferAsync(ticket.Id, "agent-2", "Jo"));
        Assert.Null(await queue.TransferAsync("no-such-ticket", "agent-2", "Jo"));
    }

    [ContractFact]
    public async Task EndingAChatRecordsTheOutcomeAndFreesTheConversation()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));
        await queue.TryAcceptAsync(ticket.Id, "agent-1", "Sam", 1);
        Clock.Advance(TimeSpan.FromMinutes(5));

        var ended = await queue.EndAsync(ticket.Id, HandoffStatus.Closed, "advice-given");

        Assert.Equal(HandoffStatus.Closed, ended!.Status);
        Assert.Equal("advice-given", ended.Outcome);
        Assert.Equal(Clock.GetUtcNow(), ended.EndedAt);
        Assert.Null(await queue.FindOpenAsync("c1"));
        Assert.Empty(await queue.ListAssignedAsync("agent-1"));

        var again = await queue.EnqueueAsync(Request("c1"));
        Assert.NotEqual(ticket.Id, again.Id);
        Assert.Equal(again, await queue.FindOpenAsync("c1"));
    }

    [ContractFact]
    public async Task EndingAnEndedChatKeepsItsFirstEnding()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));
        await queue.EndAsync(ticket.Id, HandoffStatus.ResidentLeft, null);

        var again = await queue.EndAsync(ticket.Id, HandoffStatus.Closed, "advice-given");

        Assert.Equal(HandoffStatus.ResidentLeft, again!.Status);
        Assert.Null(again.Outcome);
    }

    [ContractFact]
    public async Task EndingWithAnOpenStatusIsRefused()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.EndAsync(ticket.Id, HandoffStatus.Waiting, null));
    }

    [ContractFact]
    public async Task EndingAnUnknownTicketReturnsNull()
    {
        var queue = await CreateQueueAsync();

        Assert.Null(await queue.EndAsync("no-such-ticket", HandoffStatus.Closed, null));
    }

    [ContractFact]
    public async Task EndIfOpenEndsAnOpenTicketAndReturnsIt()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));
        Clock.Advance(TimeSpan.FromMinutes(15));

        var ended = await queue.EndIfOpenAsync(ticket.Id, HandoffStatus.Expired, "no-agent-in-time");

        Assert.Equal(HandoffStatus.Expired, ended!.Status);
        Assert.Equal("no-agent-in-time", ended.Outcome);
        Assert.Equal(Clock.GetUtcNow(), ended.EndedAt);
        Assert.Equal(ended, await queue.GetAsync(ticket.Id));
        Assert.Null(await queue.FindOpenAsync("c1"));
    }

    [ContractFact]
    public async Task EndIfOpenOnAnEndedTicketReturnsNullAndKeepsTheFirstEnding()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));
        await queue.EndAsync(ticket.Id, HandoffStatus.ResidentLeft, "resident-left");

        var again = await queue.EndIfOpenAsync(ticket.Id, HandoffStatus.Expired, "no-agent-in-time");

        Assert.Null(again);
        var stored = await queue.GetAsync(ticket.Id);
        Assert.Equal(HandoffStatus.ResidentLeft, stored!.Status);
        Assert.Equal("resident-left", stored.Outcome);
    }

    [ContractFact]
    public async Task EndIfOpenOnAnUnknownTicketReturnsNull()
    {
        var queue = await CreateQueueAsync();

        Assert.Null(await queue.EndIfOpenAsync("no-such-ticket", HandoffStatus.Expired, null));
    }

    [ContractFact]
    public async Task EndIfOpenWithAnOpenStatusIsRefused()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.EndIfOpenAsync(ticket.Id, HandoffStatus.Assigned, null));
        Assert.Equal(HandoffStatus.Waiting, (await queue.GetAsync(ticket.Id))!.Status);
    }

    [ContractFact]
    public async Task EndIfOpenEndsAnAssignedTicketUnlessOnlyWhileWaiting()
    {
        var queue = await CreateQueueAsync();
        var first = await queue.EnqueueAsync(Request("c1"));
        var second = await queue.EnqueueAsync(Request("c2"));
        await queue.TryAcceptAsync(first.Id, "agent-1", "Sam", 3);
        await queue.TryAcceptAsync(second.Id, "agent-1", "Sam", 3);

        var kept = await queue.EndIfOpenAsync(first.Id, HandoffStatus.Expired, "no-agent-in-time", onlyWhileWaiting: true);
        var closed = await queue.EndIfOpenAsync(second.Id, HandoffStatus.Closed, "advice-given");

        Assert.Null(kept);
        Assert.Equal(HandoffStatus.Assigned, (await queue.GetAsync(first.Id))!.Status);
        Assert.Equal(HandoffStatus.Closed, closed!.Status);
    }

    [ContractFact]
    public async Task OfManyCallersEndingATicketAtOnceExactlyOneGetsIt()
    {
        var queue = await CreateQueueAsync();
        var ticket = await queue.EnqueueAsync(Request("c1"));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => queue.EndIfOpenAsync(ticket.Id, HandoffStatus.Expired, "caller-" + i, onlyWhileWaiting: i % 2 == 0))));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, await queue.GetAsync(ticket.Id));
    }

    [ContractFact]
    public async Task ListSinceReturnsTicketsCreatedFromThatMoment()
    {
        var queue = await CreateQueueAsync();
        await queue.EnqueueAsync(Request("before"));
        Clock.Advance(TimeSpan.FromHours(1));
        var since = Clock.GetUtcNow();
        var after = await queue.EnqueueAsync(Request("after"));
        await queue.EndAsync(after.Id, HandoffStatus.Expired, null);

        var list = await queue.ListSinceAsync(since);

        Assert.Equal(HandoffStatus.Expired, Assert.Single(list).Status);
    }

    [ContractFact]
    public async Task PurgeDeletesOnlyTicketsThatEndedBeforeTheCutOff()
    {
        var queue = await CreateQueueAsync();
        var old = await queue.EnqueueAsync(Request("old"));
        await queue.EndAsync(old.Id, HandoffStatus.Closed, "advice-given");
        var stillOpen = await queue.EnqueueAsync(Request("open"));
        Clock.Advance(TimeSpan.FromDays(100));
        var recent = await queue.EnqueueAsync(Request("recent"));
        await queue.EndAsync(recent.Id, HandoffStatus.ResidentLeft, null);

        var purged = await ((IHandoffRetention)queue).PurgeAsync(Clock.GetUtcNow().AddDays(-90));

        Assert.Equal(1, purged);
        Assert.Null(await queue.GetAsync(old.Id));
        Assert.NotNull(await queue.GetAsync(stillOpen.Id));
        Assert.NotNull(await queue.GetAsync(recent.Id));
    }
}
