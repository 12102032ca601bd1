namespace ChatTriage.Web.Agents.Floor;

/// <summary>The supervisor's view of the floor: agents and their chats, the queue, and today's figures.</summary>
public sealed record FloorSummary(
    DateTimeOffset Now,
    int QueueLength,
    int LongestWaitSeconds,
    IReadOnlyList<AgentLoad> Agents,
    TodayFigures Today);
