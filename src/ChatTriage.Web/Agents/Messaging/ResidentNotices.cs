using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Content;
using ChatTriage.Web.Agents.Feedback;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Agents.Messaging;

/// <summary>The handoff messages a resident reads (texts from dialogs/agents), sent proactively.</summary>
public sealed class ResidentNotices(
    IResidentMessenger messenger,
    AgentContent content,
    PendingFeedback pendingFeedback,
    IOptionsMonitor<HandoffOptions> options)
{
    private ResidentHandoffTexts Texts => content.Resident;

    public int ExpectedMinutes(int position) => Math.Max(1, position * options.CurrentValue.MinutesPerPlace);

    /// <summary>Newly queued: the bot has just told them their place, so this only says how to stop waiting.</summary>
    public Task QueuedAsync(HandoffTicket ticket, CancellationToken ct) => SendAsync(ticket, ct, Texts.HowToLeave);

    public Task PositionAsync(HandoffTicket ticket, int position, CancellationToken ct)
    {
        var text = position <= 1
            ? Texts.PositionNext
            : AgentContent.Fill(Texts.PositionUpdate, ("position", position), ("minutes", ExpectedMinutes(position)));
        return SendAsync(ticket, ct, text);
    }

    public Task AgentJoinedAsync(HandoffTicket ticket, string agentName, CancellationToken ct)
        => SendAsync(ticket, ct, AgentContent.Fill(Texts.AgentJoined, ("name", agentName)));

    public Task BackInQueueAsync(HandoffTicket ticket, string agentName, CancellationToken ct)
        => SendAsync(ticket, ct, AgentContent.Fill(Texts.BackInQueue, ("name", agentName)));

    public Task BackToBotAsync(HandoffTicket ticket, string agentName, CancellationToken ct)
        => SendAsync(ticket, ct, AgentContent.Fill(Texts.BackToBot, ("name", agentName)));

    /// <summary>The agent closed the chat: say so, then the bot asks "Was this helpful?" with Yes/No.</summary>
    public async Task AgentClosedAsync(HandoffTicket ticket, string agentName, string outcome, CancellationToken ct)
    {
        await SendAsync(ticket, ct, AgentContent.Fill(Texts.AgentLeft, ("name", agentName))).ConfigureAwait(false);
        await pendingFeedback.MarkAsync(ticket.ConversationId, "agent:" + outcome, ct).ConfigureAwait(false);
        var question = MessageFactory.SuggestedActions(new[] { Texts.FeedbackYes, Texts.FeedbackNo }, Texts.FeedbackQuestion, null, null);
        await messenger.SendToResidentAsync(ticket, question, ct).ConfigureAwait(false);
    }

    /// <summary>An agent's message, labelled with the agent's name in channelData for the resident's page.</summary>
    public Task AgentMessageAsync(HandoffTicket ticket, string agentName, string text, CancellationToken ct)
    {
        var activity = MessageFactory.Text(text);
        activity.ChannelData = new { agent = new { name = agentName } };
        return messenger.SendToResidentAsync(ticket, activity, ct);
    }

    public Task AgentTypingAsync(HandoffTicket ticket, CancellationToken ct)
        => messenger.SendToResidentAsync(ticket, new Activity(ActivityTypes.Typing), ct);

    /// <summary>
    /// Out of hours or nobody in time: why, the written report's reference (or that it failed), and 101.
    /// Inside the resident's own turn pass <paramref name="turnContext"/>, so the reply goes on the turn.
    /// </summary>
    public async Task FallbackAsync(HandoffTicket ticket, bool outOfHours, string? reference, ITurnContext? turnContext, CancellationToken ct)
    {
        var why = outOfHours
            ? AgentContent.Fill(Texts.OutOfHours, ("hours", options.CurrentValue.OpeningHours.Describe()))
            : Texts.TimedOut;
        var report = reference is null ? Texts.ReportFailed : AgentContent.Fill(Texts.ReportKept, ("reference", reference));
        if (turnContext is null)
        {
            await SendAsync(ticket, ct, why, report, Texts.CallNonEmergency).ConfigureAwait(false);
            return;
        }

        foreach (var text in new[] { why, report, Texts.CallNonEmergency })
        {
            await turnContext.SendActivityAsync(text, cancellationToken: ct).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(HandoffTicket ticket, CancellationToken ct, params string[] texts)
    {
        foreach (var text in texts)
        {
            await messenger.SendToResidentAsync(ticket, MessageFactory.Text(text), ct).ConfigureAwait(false);
        }
    }
}
