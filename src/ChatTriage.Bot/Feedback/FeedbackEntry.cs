namespace ChatTriage.Bot.Feedback;

/// <summary>One "Was this helpful?" answer. <paramref name="Outcome"/> is where the conversation ended (for example "step1:noise").</summary>
public sealed record FeedbackEntry(string ConversationId, string Outcome, bool Helpful, string? Comment, DateTimeOffset At);
