namespace ChatTriage.Bot.Emergency;

/// <summary>
/// Kept in conversation state under <see cref="EmergencyMiddleware.ConversationFlagProperty"/> when the 999 interrupt
/// fired, so that the dialogs can tell, on the resident's next message ("I'm safe", "continue", "it was a mistake"),
/// that the flow was interrupted and re-prompt where it was. The dialogs clear it when they resume.
/// </summary>
public sealed record EmergencyMarker(string RuleId, string Category, DateTimeOffset FiredAt);
