using System.Text.Json;
using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Messaging;
using ChatTriage.Web.Agents.Queue;
using ChatTriage.Web.Agents.Relay;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Web.Agents.External;

/// <summary>
/// Handoff to an external agent hub (Handoff:Mode = External), by the Bot Framework handoff protocol: the
/// bot sends the "handoff.initiate" event with the context in Value and the transcript as an attachment,
/// then follows the channel's "handoff.status" events: accepted, failed, completed.
/// </summary>
public sealed class ExternalHandoff(
    IResidentMessenger messenger,
    TranscriptReader transcripts,
    IHandoffQueue queue,
    HandoffFallback fallback,
    IServiceProvider services,
    TimeProvider time)
{
    public const string ExternalAgentId = "external-hub";
    public const string AcceptedState = "accepted";
    public const string FailedState = "failed";
    public const string CompletedState = "completed";
    public const string TranscriptContentType = "application/vnd.microsoft.activity.transcript";

    public async Task InitiateAsync(HandoffTicket ticket, CancellationToken ct)
    {
        var transcript = await transcripts.ReadAsync(ticket, ct).ConfigureAwait(false);
        await messenger.SendToResidentAsync(ticket, BuildInitiation(ticket, transcript), ct).ConfigureAwait(false);
    }

    /// <summary>The handoff.initiate event for a ticket.</summary>
    public static IEventActivity BuildInitiation(HandoffTicket ticket, IReadOnlyList<Activity> transcript)
    {
        var initiation = Activity.CreateEventActivity();
        initiation.Name = HandoffEventNames.InitiateHandoff;
        initiation.Value = JObject.FromObject(new
        {
            ticketId = ticket.Id,
            category = ticket.Category,
            step = ticket.Step,
            summary = ticket.Summary,
            urgent = ticket.Urgent,
            urgentReason = ticket.UrgentReason,
            details = ParseDetails(ticket.DetailsJson),
        });
        ((Activity)initiation).Attachments =
        [
            new Attachment { ContentType = TranscriptContentType, Content = new Transcript(transcript.ToList()) },
        ];
        return initiation;
    }

    /// <summary>Follows a handoff.status event from the channel; other activities are the hub's business.</summary>
    public async Task HandleAsync(ITurnContext turnContext, HandoffTicket ticket, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Event || activity.Name != HandoffEventNames.HandoffStatus)
        {
            return;
        }

        var state = ReadState(activity.Value);
        var now = time.GetUtcNow();
        var audit = services.GetService<IAuditLog>();
        switch (state)
        {
            case AcceptedState:
                var accepted = await queue.TryAcceptAsync(ticket.Id, ExternalAgentId, ExternalAgentId, int.MaxValue, ct).ConfigureAwait(false);
                if (accepted.Accepted && audit is not null)
                {
                    await audit.RecordAsync(new AuditEvent("handoff.accept", ticket.ConversationId, ExternalAgentId, now, ExternalAgentId), ct).ConfigureAwait(false);
                }

                break;
            case FailedState:
                // Nobody at the hub could take it: the same fallback as a timeout (written report and 101).
                await fallback.ApplyAsync(ticket, outOfHours: false, ct, turnContext).ConfigureAwait(false);
                break;
            case CompletedState:
                await queue.EndAsync(ticket.Id, HandoffStatus.Closed, "external-completed", ct).ConfigureAwait(false);
                if (audit is not null)
                {
                    await audit.RecordAsync(new AuditEvent("handoff.close", ticket.ConversationId, "external-completed", now, ExternalAgentId), ct).ConfigureAwait(false);
                }

                break;
        }
    }

    private static string? ReadState(object? value) => value switch
    {
        JObject json => json["state"]?.ToString(),
        JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty("state", out var s) => s.GetString(),
        _ => null,
    };

    private static JToken ParseDetails(string json)
    {
        try
        {
            return JToken.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return new JValue(json);
        }
    }
}
