namespace ChatTriage.Bot.Emergency;

/// <summary>
/// Kept in conversation state under <see cref="EmergencyMiddleware.ConversationFlagProperty"/> when the 999 interrupt
/// fired, so that the dialogs can tell, on the resident's next message ("I'm safe", "continue", "it was a mistake"),
/// that the flow was interrupted and re-prompt where it was. <see cref="EmergencyMiddleware"/> clears it on the next
/// message that does not fire again, and sets <see cref="EmergencyMiddleware.SafeAgainKey"/> in turn state when that
/// message only says the resident is safe or it was a mistake.
/// </summary>
public sealed record EmergencyMarker(string RuleId, string Category, DateTimeOffset FiredAt);
