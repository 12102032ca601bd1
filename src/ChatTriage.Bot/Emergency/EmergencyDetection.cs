namespace ChatTriage.Bot.Emergency;

/// <summary>
/// The detector's decision on one message, explainable without the message: which rule matched (or which was
/// stood down, and why). Never holds the resident's words.
/// </summary>
/// <param name="Matched">True when the resident must be told to call 999.</param>
/// <param name="RuleId">The rule that fired; when not matched, the rule that was stood down, or "none".</param>
/// <param name="Category">The rule's category (violence, medical, ...), or "none".</param>
/// <param name="Explanation">A short reason, for logs and tests.</param>
public sealed record EmergencyDetection(bool Matched, string RuleId, string Category, string Explanation)
{
    /// <summary>The decision when no rule matched at all.</summary>
    public static EmergencyDetection None { get; } = new(false, "none", "none", "no emergency phrase found");
}
