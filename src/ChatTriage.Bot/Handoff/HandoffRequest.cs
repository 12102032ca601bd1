namespace ChatTriage.Bot.Handoff;

/// <summary>What the bot knows when it hands a conversation to a person.</summary>
/// <param name="ConversationId">The conversation to hand over.</param>
/// <param name="ConversationReferenceJson">The Bot Framework ConversationReference (JSON), so agents can reach the resident proactively.</param>
/// <param name="Category">A short category (for example "share-information").</param>
/// <param name="Step">The step the bot reached (for example "step4").</param>
/// <param name="Summary">A one-line summary for the queue.</param>
/// <param name="DetailsJson">Structured details the bot collected (JSON object), shown to the agent.</param>
/// <param name="Urgent">True when the 999 interrupt fired in this conversation.</param>
/// <param name="UrgentReason">The rule that fired, when urgent.</param>
public sealed record HandoffRequest(
    string ConversationId,
    string ConversationReferenceJson,
    string Category,
    string Step,
    string Summary,
    string DetailsJson,
    bool Urgent = false,
    string? UrgentReason = null);
