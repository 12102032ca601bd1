using System.Collections.Concurrent;
using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Hub;
using ChatTriage.Web.Agents.Relay;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Web.Tests.Agents;

public sealed class AgentHubTests
{
    [Fact]
    public async Task AgentAcceptsAWaitingChatAndTheResidentIsToldWhoJoined()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");

        var reply = await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        Assert.Equal("Accepted", reply.Outcome);
        Assert.Equal(HandoffStatus.Assigned, (await host.Queue.GetAsync(ticket.Id))!.Status);
        Assert.Contains("Sam has joined the chat.", host.Messenger.TextsTo(ticket.ConversationId));
        Assert.Contains(await host.Audit.ListAsync(DateTimeOffset.MinValue), e => e.Kind == "handoff.accept" && e.Actor == "sam");
    }

    [Fact]
    public async Task MessagesGoBothWaysBetweenAgentAndResident()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        var lines = new ConcurrentQueue<ChatLine>();
        sam.On<ChatLine>("ChatLine", lines.Enqueue);
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        var sent = await sam.InvokeAsync<ActionReply>("Send", ticket.Id, "Hello, I'm Sam. Are you safe now?");
        var assigned = (await host.Queue.GetAsync(ticket.Id))!;
        await RelayAsync(host, assigned, MessageFactory.Text("Yes, I'm at home"));

        Assert.True(sent.Ok);
        Assert.Contains("Hello, I'm Sam. Are you safe now?", host.Messenger.TextsTo(ticket.ConversationId));
        await Eventually.TrueAsync(() => lines.Any(l => l.From == "resident" && l.Text == "Yes, I'm at home"), "the resident's message in the console");
        Assert.Contains(lines, l => l.From == "agent" && l.Name == "Sam");
    }

    [Fact]
    public async Task TypingIsRelayedBothWays()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        var typing = new ConcurrentQueue<string>();
        sam.On<string>("ResidentTyping", typing.Enqueue);
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        await sam.InvokeAsync<ActionReply>("Typing", ticket.Id);
        await ThroughMiddlewareAsync(host, ticket.ConversationId, new Activity(ActivityTypes.Typing));

        Assert.Contains(host.Messenger.To(ticket.ConversationId), a => a.Type == ActivityTypes.Typing);
        await Eventually.TrueAsync(() => typing.Contains(ticket.Id), "the resident typing in the console");
    }

    [Fact]
    public async Task ClosingEndsTheChatWithTheOutcomeAndAsksTheResidentForFeedback()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        var closed = await sam.InvokeAsync<ActionReply>("Close", ticket.Id, "advice-given");

        Assert.True(closed.Ok);
        var ended = (await host.Queue.GetAsync(ticket.Id))!;
        Assert.Equal(HandoffStatus.Closed, ended.Status);
        Assert.Equal("advice-given", ended.Outcome);
        var toResident = host.Messenger.To(ticket.ConversationId).OfType<IMessageActivity>().ToList();
        Assert.Contains(toResident, m => m.Text == "Sam has left the chat.");
        var question = Assert.Single(toResident, m => m.Text == "Was this helpful?");
        Assert.Equal(["Yes", "No"], question.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Contains(await host.Audit.ListAsync(DateTimeOffset.MinValue), e => e.Kind == "handoff.close" && e.Detail == "advice-given");
    }

    [Fact]
    public async Task ClosingNeedsAnOutcomeFromTheList()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        var closed = await sam.InvokeAsync<ActionReply>("Close", ticket.Id, "made-up");

        Assert.False(closed.Ok);
        Assert.Equal(HandoffStatus.Assigned, (await host.Queue.GetAsync(ticket.Id))!.Status);
    }

    [Fact]
    public async Task WhenTwoAgentsAcceptAtOnceExactlyOneWins()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await using var alex = await host.ConnectAsAsync("alex");

        var replies = await Task.WhenAll(
            sam.InvokeAsync<AcceptReply>("Accept", ticket.Id),
            alex.InvokeAsync<AcceptReply>("Accept", ticket.Id));

        Assert.Single(replies, r => r.Outcome == "Accepted");
        Assert.Single(replies, r => r.Outcome == "NotWaiting");
        Assert.Single(host.Messenger.TextsTo(ticket.ConversationId), t => t.EndsWith("has joined the chat.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAgentCannotTakeMoreChatsThanTheLimit()
    {
        await using var host = new AgentsTestHost(); // Handoff:MaxChatsPerAgent = 2
        var tickets = new[] { await host.EnqueueAsync(), await host.EnqueueAsync(), await host.EnqueueAsync() };
        await using var sam = await host.ConnectAsAsync("sam");

        var outcomes = new List<string>();
        foreach (var ticket in tickets)
        {
            outcomes.Add((await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id)).Outcome);
        }

        Assert.Equal(["Accepted", "Accepted", "AtCapacity"], outcomes);
        Assert.Equal(HandoffStatus.Waiting, (await host.Queue.GetAsync(tickets[2].Id))!.Status);
    }

    [Fact]
    public async Task UrgentChatsComeFirstWithTheReasonAndConsolesAreToldAtOnce()
    {
        await using var host = new AgentsTestHost();
        await host.EnqueueAsync("First in the queue");
        var later = await host.EnqueueAsync("Second in the queue");
        await using var sam = await host.ConnectAsAsync("sam");
        var changed = 0;
        sam.On("QueueChanged", () => Interlocked.Increment(ref changed));
        await host.Monitor.RefreshAsync();
        var before = Volatile.Read(ref changed);

        await host.Queue.MarkUrgentAsync(later.ConversationId, "weapon mentioned");
        await host.Monitor.RefreshAsync();
        var snapshot = await sam.InvokeAsync<QueueSnapshot>("GetQueue");

        Assert.Equal(later.Id, snapshot.Waiting[0].Id);
        Assert.True(snapshot.Waiting[0].Urgent);
        Assert.Equal("weapon mentioned", snapshot.Waiting[0].UrgentReason);
        await Eventually.TrueAsync(() => Volatile.Read(ref changed) > before, "a queue change pushed to the console");
    }

    [Fact]
    public async Task AnAgentSeesWaitingChatsAndTheirOwnButNotAColleaguesChat()
    {
        await using var host = new AgentsTestHost();
        var samsChat = await host.EnqueueAsync();
        var waiting = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await using var alex = await host.ConnectAsAsync("alex");
        await sam.InvokeAsync<AcceptReply>("Accept", samsChat.Id);

        var alexQueue = await alex.InvokeAsync<QueueSnapshot>("GetQueue");
        var alexOpensSams = await alex.InvokeAsync<ChatView?>("OpenChat", samsChat.Id);
        var alexSendsToSams = await alex.InvokeAsync<ActionReply>("Send", samsChat.Id, "hijack");
        var alexOpensWaiting = await alex.InvokeAsync<ChatView?>("OpenChat", waiting.Id);

        Assert.Equal([waiting.Id], alexQueue.Waiting.Select(t => t.Id));
        Assert.Empty(alexQueue.Mine);
        Assert.Empty(alexQueue.Others);
        Assert.Null(alexOpensSams);
        Assert.False(alexSendsToSams.Ok);
        Assert.DoesNotContain("hijack", host.Messenger.TextsTo(samsChat.ConversationId));
        Assert.NotNull(alexOpensWaiting);
    }

    [Fact]
    public async Task ASupervisorSeesEveryonesChats()
    {
        await using var host = new AgentsTestHost();
        var samsChat = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await using var priya = await host.ConnectAsAsync("priya");
        await sam.InvokeAsync<AcceptReply>("Accept", samsChat.Id);

        var queue = await priya.InvokeAsync<QueueSnapshot>("GetQueue");
        var view = await priya.InvokeAsync<ChatView?>("OpenChat", samsChat.Id);

        Assert.Equal([samsChat.Id], queue.Others.Select(t => t.Id));
        Assert.NotNull(view);
        Assert.Contains("Hatfield", view.DetailsJson);
    }

    [Fact]
    public async Task InternalNotesReachColleaguesButNeverTheResident()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        var noted = await sam.InvokeAsync<ActionReply>("AddNote", ticket.Id, "Caller sounds distressed; check PNC");
        var view = await sam.InvokeAsync<ChatView?>("OpenChat", ticket.Id);

        Assert.True(noted.Ok);
        Assert.Contains(view!.Notes, n => n.Text == "Caller sounds distressed; check PNC" && n.From == "note");
        Assert.DoesNotContain(host.Messenger.TextsTo(ticket.ConversationId), t => t.Contains("PNC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TransferToAColleagueMovesTheChatAndTellsTheResident()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await using var alex = await host.ConnectAsAsync("alex");
        var transferred = new ConcurrentQueue<TicketView>();
        alex.On<TicketView>("ChatTransferred", transferred.Enqueue);
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        var reply = await sam.InvokeAsync<ActionReply>("Transfer", ticket.Id, "alex");

        Assert.True(reply.Ok);
        Assert.Equal("alex", (await host.Queue.GetAsync(ticket.Id))!.AgentId);
        Assert.Contains("Alex has joined the chat.", host.Messenger.TextsTo(ticket.ConversationId));
        await Eventually.TrueAsync(() => transferred.Any(t => t.Id == ticket.Id), "Alex told of the transfer");
        Assert.Contains(await host.Audit.ListAsync(DateTimeOffset.MinValue), e => e.Kind == "handoff.transfer" && e.Detail == "alex");
    }

    [Fact]
    public async Task TransferBackToTheBotEndsTheTicketSoTheBotTakesOver()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        await sam.InvokeAsync<ActionReply>("Transfer", ticket.Id, "bot");

        Assert.Null(await host.Queue.FindOpenAsync(ticket.ConversationId));
        Assert.Contains("Sam has left the chat. You are back with the automated assistant.", host.Messenger.TextsTo(ticket.ConversationId));
    }

    [Fact]
    public async Task TransferBackToTheQueueMakesTheChatWaitAgain()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        await sam.InvokeAsync<ActionReply>("Transfer", ticket.Id, "queue");

        Assert.Equal(HandoffStatus.Waiting, (await host.Queue.GetAsync(ticket.Id))!.Status);
        Assert.Contains(host.Messenger.TextsTo(ticket.ConversationId), t => t.StartsWith("Sam has put you back in the queue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheConsoleIsToldWhenTheResidentLeaves()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        var left = new ConcurrentQueue<string>();
        sam.On<string>("ResidentLeft", left.Enqueue);
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        await ThroughMiddlewareAsync(host, ticket.ConversationId, new Activity(ActivityTypes.EndOfConversation));

        Assert.Equal(HandoffStatus.ResidentLeft, (await host.Queue.GetAsync(ticket.Id))!.Status);
        await Eventually.TrueAsync(() => left.Contains(ticket.Id), "the console told the resident left");
    }

    [Fact]
    public async Task WhileWaitingTheResidentsMessagesReachEveryAgentsQueueView()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var alex = await host.ConnectAsAsync("alex");
        var lines = new ConcurrentQueue<ChatLine>();
        alex.On<ChatLine>("ChatLine", lines.Enqueue);

        await RelayAsync(host, ticket, MessageFactory.Text("Is anyone there?"));

        await Eventually.TrueAsync(() => lines.Any(l => l.TicketId == ticket.Id && l.Text == "Is anyone there?"), "the waiting resident's message in the console");
    }

    [Fact]
    public async Task OpeningAChatShowsTheWholeTranscriptSoFar()
    {
        var transcripts = new MemoryTranscriptStore();
        await using var host = new AgentsTestHost();
        host.ExtraServices = services => services.AddSingleton<ITranscriptStore>(transcripts);
        var ticket = await host.EnqueueAsync();
        foreach (var (text, role) in new[] { ("I want to tell you about a neighbour", RoleTypes.User), ("Thank you. What happened?", RoleTypes.Bot) })
        {
            var activity = MessageFactory.Text(text);
            activity.Id = Guid.NewGuid().ToString("N");
            activity.ChannelId = "test";
            activity.Conversation = new ConversationAccount(id: ticket.ConversationId);
            activity.From = new ChannelAccount(role == RoleTypes.User ? "resident" : "bot", role: role);
            activity.Timestamp = host.Time.GetUtcNow();
            await transcripts.LogActivityAsync(activity);
        }

        await using var sam = await host.ConnectAsAsync("sam");
        var view = await sam.InvokeAsync<ChatView?>("OpenChat", ticket.Id);

        Assert.Equal(
            [("resident", "I want to tell you about a neighbour"), ("bot", "Thank you. What happened?")],
            view!.Transcript.Select(l => (l.From, l.Text)));
    }

    [Fact]
    public async Task WhatTheBotTellsAResidentWithAnAgentShowsLiveAndThe999MessageIsFlagged()
    {
        await using var host = new AgentsTestHost();
        var ticket = await host.EnqueueAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        var lines = new ConcurrentQueue<ChatLine>();
        sam.On<ChatLine>("ChatLine", lines.Enqueue);
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);

        await ThroughMiddlewareAsync(host, ticket.ConversationId, MessageFactory.Text("he has a knife"), async (turn, ct) =>
        {
            var alert = MessageFactory.Text("Call 999 now.");
            alert.ChannelData = new { emergency = true };
            await turn.SendActivityAsync(alert, ct);
            var fromAgent = MessageFactory.Text("Agent words");
            fromAgent.ChannelData = new { agent = new { name = "Sam" } };
            await turn.SendActivityAsync(fromAgent, ct);
        });

        await Eventually.TrueAsync(() => lines.Any(l => l.From == "bot" && l.Text == "Call 999 now." && l.Emergency), "the 999 message shown to the agent");
        Assert.DoesNotContain(lines, l => l.Text == "Agent words" && l.From == "bot");
    }

    /// <summary>Runs an activity through the Bot Builder middleware of the feature, as a channel adapter would.</summary>
    internal static async Task ThroughMiddlewareAsync(AgentsTestHost host, string conversationId, Activity activity, BotCallbackHandler? bot = null)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId));
        adapter.Use(host.Services.GetRequiredService<ResidentSignalsMiddleware>());
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = new ChannelAccount("resident-" + conversationId, role: RoleTypes.User);
        await adapter.ProcessActivityAsync(activity, bot ?? ((_, _) => Task.CompletedTask), CancellationToken.None);
    }

    internal static async Task<IReadOnlyList<IActivity>> RelayAsync(AgentsTestHost host, HandoffTicket ticket, Activity activity)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(ticket.ConversationId));
        activity.Conversation = new ConversationAccount(id: ticket.ConversationId);
        activity.From = new ChannelAccount("resident-" + ticket.ConversationId, role: RoleTypes.User);
        activity.Recipient = new ChannelAccount("bot", role: RoleTypes.Bot);
        activity.ChannelId = "test";
        activity.Id ??= Guid.NewGuid().ToString("N");
        using var turn = new TurnContext(adapter, activity);
        await host.Services.GetRequiredService<AgentRelay>().RelayToAgentAsync(turn, ticket, CancellationToken.None);
        var replies = new List<IActivity>();
        while (adapter.ActiveQueue.Count > 0)
        {
            replies.Add(adapter.ActiveQueue.Dequeue());
        }

        return replies;
    }
}
