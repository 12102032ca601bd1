using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ChatTriage.Storage.Transcripts;

/// <summary>
/// Logs what a resident sends and what the bot answers, as Bot Builder's <see cref="TranscriptLoggerMiddleware"/> does
/// (the same copies, roles, generated ids and timestamps, written after the turn without holding up its answer), but
/// writes the turn's activities in one go when the logger is an <see cref="ITranscriptBatchLogger"/>: one transaction
/// a turn instead of one per activity, each of which had to wait for the database's single writer. A turn that fails
/// still logs what it received and sent before it failed.
/// </summary>
public sealed class TurnTranscriptMiddleware(ITranscriptLogger transcriptLogger, ILogger<TurnTranscriptMiddleware> logger) : IMiddleware
{
    private static readonly JsonSerializerSettings CopySettings = new() { NullValueHandling = NullValueHandling.Ignore, MaxDepth = null };
    private static readonly JsonSerializerSettings ReadSettings = new() { MaxDepth = null };

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var transcript = new List<IActivity>();
        var gate = new Lock();
        if (turnContext.Activity is { } incoming)
        {
            incoming.From ??= new ChannelAccount();
            if (string.IsNullOrEmpty((string?)incoming.From.Properties["role"]) && string.IsNullOrEmpty(incoming.From.Role))
            {
                incoming.From.Role = RoleTypes.User;
            }

            if (!(incoming.Type == ActivityTypes.Event && incoming.Name == ActivityEventNames.ContinueConversation))
            {
                Add(transcript, gate, Copy(incoming));
            }
        }

        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            var responses = await nextSend().ConfigureAwait(false);
            foreach (var activity in activities)
            {
                Add(transcript, gate, Copy(activity));
            }

            return responses;
        });
        turnContext.OnUpdateActivity(async (_, activity, nextUpdate) =>
        {
            var response = await nextUpdate().ConfigureAwait(false);
            var update = Copy(activity);
            update.Type = ActivityTypes.MessageUpdate;
            Add(transcript, gate, update);
            return response;
        });
        turnContext.OnDeleteActivity(async (_, reference, nextDelete) =>
        {
            await nextDelete().ConfigureAwait(false);
            var delete = new Activity { Type = ActivityTypes.MessageDelete, Id = reference.ActivityId }.ApplyConversationReference(reference, isIncoming: false);
            Add(transcript, gate, delete);
        });

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Not awaited, as Bot Builder's: the answer does not wait for its transcript. Failures are logged, never thrown.
            List<IActivity> turn;
            lock (gate)
            {
                turn = [.. transcript];
                transcript.Clear();
            }

            _ = WriteAsync(turn);
        }
    }

    private static void Add(List<IActivity> transcript, Lock gate, IActivity activity)
    {
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        lock (gate)
        {
            transcript.Add(activity);
        }
    }

    private static Activity Copy(IActivity activity)
    {
        var copy = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, CopySettings), ReadSettings)!;
        if (string.IsNullOrEmpty(copy.Id))
        {
            copy.Id = $"g_{Guid.NewGuid()}";
        }

        return copy;
    }

    private async Task WriteAsync(List<IActivity> turn)
    {
        if (turn.Count == 0)
        {
            return;
        }

        try
        {
            if (transcriptLogger is ITranscriptBatchLogger batch)
            {
                await batch.LogActivitiesAsync(turn).ConfigureAwait(false);
                return;
            }

            foreach (var activity in turn)
            {
                await transcriptLogger.LogActivityAsync(activity).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not write the transcript of a turn in conversation {ConversationId}", turn[0].Conversation?.Id);
        }
    }
}
