using ChatTriage.Web.Agents.Auth;
using ChatTriage.Web.Agents.Floor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>
/// The console's real-time channel at /agent/hub. Every method needs an agent's sign-in; the floor view
/// needs a supervisor. The rules of who may see and do what live in <see cref="AgentDesk"/>.
/// </summary>
[Authorize(Policy = AgentPolicies.Agent)]
public sealed class AgentHub(AgentDesk desk, AgentPresence presence, FloorService floor) : Hub<IAgentClient>
{
    private AgentIdentity Me => AgentIdentity.From(Context.User!);

    public override async Task OnConnectedAsync()
    {
        var me = Me;
        presence.Connected(me);
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroups.All).ConfigureAwait(false);
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroups.Agent(me.Id)).ConfigureAwait(false);
        if (me.IsSupervisor)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroups.Supervisors).ConfigureAwait(false);
        }

        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Disconnected(Me);
        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    public ConsoleContent GetContent() => desk.GetContent(Me);

    public Task<QueueSnapshot> GetQueue() => desk.GetQueueAsync(Me, Context.ConnectionAborted);

    public Task<AcceptReply> Accept(string ticketId) => desk.AcceptAsync(Me, ticketId, Context.ConnectionAborted);

    public Task<ChatView?> OpenChat(string ticketId) => desk.OpenAsync(Me, ticketId, Context.ConnectionAborted);

    public Task<ActionReply> Send(string ticketId, string text) => desk.SendAsync(Me, ticketId, text, Context.ConnectionAborted);

    public Task<ActionReply> Typing(string ticketId) => desk.TypingAsync(Me, ticketId, Context.ConnectionAborted);

    public Task<ActionReply> AddNote(string ticketId, string text) => desk.AddNoteAsync(Me, ticketId, text, Context.ConnectionAborted);

    public Task<ActionReply> Close(string ticketId, string outcome) => desk.CloseAsync(Me, ticketId, outcome, Context.ConnectionAborted);

    public Task<ActionReply> Transfer(string ticketId, string target) => desk.TransferAsync(Me, ticketId, target, Context.ConnectionAborted);

    public Task<IReadOnlyList<AgentPresenceView>> GetAgents() => desk.GetAgentsAsync(Context.ConnectionAborted);

    [Authorize(Policy = AgentPolicies.Supervisor)]
    public Task<FloorSummary> GetFloor() => floor.GetAsync(Context.ConnectionAborted);
}
