namespace ChatTriage.Web.Agents.Hub;

/// <summary>
/// What one console user may see of the queue: every waiting chat, their own chats and, for supervisors,
/// everyone else's. <see cref="Now"/> lets the page count wait times from the server's clock.
/// </summary>
public sealed record QueueSnapshot(
    DateTimeOffset Now,
    IReadOnlyList<TicketView> Waiting,
    IReadOnlyList<TicketView> Mine,
    IReadOnlyList<TicketView> Others,
    int MaxChats,
    bool Open);
