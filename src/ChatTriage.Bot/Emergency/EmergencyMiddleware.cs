using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Bot.Emergency;

/// <summary>
/// The 999 interrupt. Runs in front of everything (dialogs, prompts, queue, agent relay) on every message,
/// the first one included. When the detector fires, the first activity of the turn is the 999 message
/// (channelData <c>{"emergency": true, "emergencyRule": ruleId}</c>) and the turn stops there: next() is not called,
/// and dialog state is left as it was so the resident can carry on later. If the conversation is queued or with an
/// agent, the ticket is flagged urgent and next() is called so the message still reaches the agent.
/// </summary>
/// <remarks>
/// Fail-safe order: detect (alone, guarded) → send the 999 message → everything else (audit, state flag, handoff,
/// next) guarded so that none of it can stop or precede the 999 message. If the detector itself throws, the turn
/// carries on with a plain caution line ("If anyone is in danger now, call 999.") that has no emergency flag, so a
/// bug never silences the 999 advice and never cries wolf with the alert. What the bot can read afterwards:
/// <see cref="FiredKey"/> in turn state (the <see cref="EmergencyDetection"/>), and, when a ConversationState is
/// given, the <see cref="EmergencyMarker"/> under <see cref="ConversationFlagProperty"/>.
/// </remarks>
public sealed class EmergencyMiddleware : IMiddleware
{
    /// <summary>Turn-state key holding the <see cref="EmergencyDetection"/> when the interrupt fired this turn.</summary>
    public const string FiredKey = "ChatTriage.Emergency.Fired";

    /// <summary>
    /// Turn-state key set when a message follows the 999 message and only says the resident is safe or it was a mistake
    /// ("I'm safe now, carry on"): the dialogs then ask their last question again instead of taking it as the answer.
    /// </summary>
    public const string SafeAgainKey = "ChatTriage.Emergency.SafeAgain";

    /// <summary>Conversation-state property holding an <see cref="EmergencyMarker"/> after the interrupt fired.</summary>
    public const string ConversationFlagProperty = "emergencyActive";

    /// <summary>The channelData flag that marks the 999 message, and only it.</summary>
    public const string ChannelDataFlag = "emergency";

    /// <summary>The channelData key naming the rule that fired.</summary>
    public const string ChannelDataRule = "emergencyRule";

    /// <summary>The audit event kind of a firing.</summary>
    public const string AuditKind = "emergency";

    private readonly EmergencyDetector detector;
    private readonly EmergencyContent content;
    private readonly IHandoffQueue handoffQueue;
    private readonly IAuditLog auditLog;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<EmergencyMiddleware> logger;
    private readonly IStatePropertyAccessor<EmergencyMarker>? markerAccessor;
    private readonly ConversationState? conversationState;

    public EmergencyMiddleware(
        EmergencyContent content,
        IHandoffQueue handoffQueue,
        IAuditLog auditLog,
        TimeProvider timeProvider,
        ILogger<EmergencyMiddleware> logger,
        ConversationState? conversationState = null)
    {
        this.content = content ?? throw new ArgumentNullException(nameof(content));
        detector = content.Detector;
        this.handoffQueue = handoffQueue ?? throw new ArgumentNullException(nameof(handoffQueue));
        this.auditLog = auditLog ?? throw new ArgumentNullException(nameof(auditLog));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        this.conversationState = conversationState;
        markerAccessor = conversationState?.CreateProperty<EmergencyMarker>(ConversationFlagProperty);
    }

    /// <summary>Builds the 999 message activity: the only activity that carries the emergency flag.</summary>
    public static IMessageActivity CreateEmergencyActivity(EmergencyContent content, string ruleId)
    {
        var activity = MessageFactory.Text(content.MessageText);
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.ChannelData = new JObject { [ChannelDataFlag] = true, [ChannelDataRule] = ruleId };
        return activity;
    }

    /// <summary>True when an activity is the 999 message.</summary>
    public static bool IsEmergencyActivity(IActivity activity) =>
        activity?.ChannelData is JObject data && data.Value<bool?>(ChannelDataFlag) == true;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity?.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        EmergencyDetection detection;
        try
        {
            detection = detector.Detect(activity.Text);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The 999 detector failed on a message in conversation {ConversationId}; sending the caution line and carrying on", activity.Conversation?.Id);
            await TrySendCautionAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!detection.Matched)
        {
            await NoteSafeAgainAsync(turnContext, activity.Text, cancellationToken).ConfigureAwait(false);
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        turnContext.TurnState[FiredKey] = detection;
        await turnContext.SendActivityAsync(CreateEmergencyActivity(content, detection.RuleId), cancellationToken).ConfigureAwait(false);

        var conversationId = activity.Conversation?.Id ?? "";
        var now = timeProvider.GetUtcNow();
        logger.LogWarning("999 interrupt fired in conversation {ConversationId}: rule {RuleId} ({Category})", conversationId, detection.RuleId, detection.Category);
        await TryAuditAsync(conversationId, detection, now, cancellationToken).ConfigureAwait(false);
        await TryMarkConversationAsync(turnContext, detection, now, cancellationToken).ConfigureAwait(false);

        if (await TryFlagOpenTicketAsync(conversationId, detection, cancellationToken).ConfigureAwait(false))
        {
            // Queued or with an agent: the resident's words must still reach the person who can act on them.
            await next(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// On the first message after the 999 message: clears the marker (the bot saves it with its state) and, when the
    /// message only says the resident is safe or it was a mistake, tells the dialogs so in turn state.
    /// </summary>
    private async Task NoteSafeAgainAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        if (markerAccessor is null)
        {
            return;
        }

        try
        {
            if (await markerAccessor.GetAsync(turnContext, null, cancellationToken).ConfigureAwait(false) is null)
            {
                return;
            }

            await markerAccessor.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            if (content.SafeAgain.Matches(text))
            {
                turnContext.TurnState[SafeAgainKey] = true;
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not read the 999 marker of conversation {ConversationId}; the message is taken as it is", turnContext.Activity.Conversation?.Id);
        }
    }

    private async Task TrySendCautionAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(content.CautionLine), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not send the 999 caution line");
        }
    }

    private async Task TryAuditAsync(string conversationId, EmergencyDetection detection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await auditLog.RecordAsync(new AuditEvent(AuditKind, conversationId, detection.RuleId, now), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not audit the 999 interrupt in conversation {ConversationId} (rule {RuleId})", conversationId, detection.RuleId);
        }
    }

    private async Task TryMarkConversationAsync(ITurnContext turnContext, EmergencyDetection detection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (markerAccessor is null || conversationState is null)
        {
            return;
        }

        try
        {
            await markerAccessor.SetAsync(turnContext, new EmergencyMarker(detection.RuleId, detection.Category, now), cancellationToken).ConfigureAwait(false);

            // The state autosave middleware runs after this one, and next() may not run: save here.
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not mark conversation {ConversationId} as interrupted by 999", turnContext.Activity.Conversation?.Id);
        }
    }

    /// <returns>True when the conversation has an open handoff ticket (now flagged urgent).</returns>
    private async Task<bool> TryFlagOpenTicketAsync(string conversationId, EmergencyDetection detection, CancellationToken cancellationToken)
    {
        try
        {
            var ticket = await handoffQueue.FindOpenAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (ticket is null)
            {
                return false;
            }

            try
            {
                await handoffQueue.MarkUrgentAsync(conversationId, detection.RuleId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Could not flag ticket {TicketId} urgent after the 999 interrupt", ticket.Id);
            }

            return true;
        }
        catch (Exception ex)
        {
            // Without the queue we cannot know whether an agent is there; the 999 message has gone, so stop the turn.
            logger.LogError(ex, "Could not look up the handoff ticket of conversation {ConversationId} after the 999 interrupt", conversationId);
            return false;
        }
    }
}
