namespace ChatTriage.Bot.Handoff;

/// <summary>One conversation's place in the handoff queue and its assignment.</summary>
public sealed record HandoffTicket
{
    public required string Id { get; init; }
    public required string ConversationId { get; init; }
    public required string ConversationReferenceJson { get; init; }
    public required string Category { get; init; }
    public required string Step { get; init; }
    public required string Summary { get; init; }
    public required string DetailsJson { get; init; }
    public required HandoffStatus Status { get; init; }
    public bool Urgent { get; init; }
    public string? UrgentReason { get; init; }
    public string? AgentId { get; init; }
    public string? AgentDisplayName { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? UrgentAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? Outcome { get; init; }
}
