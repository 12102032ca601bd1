using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Storage.Transcripts;

/// <summary>
/// Transcripts in process memory for the Memory provider, with the same paging and retention as the SQL store.
/// Activities are kept as JSON so later changes to a logged object do not change its transcript.
/// </summary>
public sealed class InMemoryTranscriptStore(TimeProvider? timeProvider = null) : ITranscriptStore, ITranscriptRetention
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private readonly List<Row> activities = [];
    private readonly List<Conversation> conversations = [];
    private readonly Lock gate = new();
    private long sequence;

    public Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = activity.ChannelId ?? string.Empty;
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var at = activity.Timestamp ?? clock.GetUtcNow();
        var json = ActivityJson.Write(activity);
        lock (gate)
        {
            if (!conversations.Exists(c => c.ChannelId == channelId && c.Id == conversationId))
            {
                conversations.Add(new Conversation(++sequence, channelId, conversationId, at));
            }

            activities.Add(new Row(++sequence, channelId, conversationId, at, json));
        }

        return Task.CompletedTask;
    }

    public Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        var after = TranscriptPages.After(continuationToken);
        lock (gate)
        {
            var rows = activities
                .Where(r => r.ChannelId == channelId && r.ConversationId == conversationId && r.At >= startDate && r.Seq > after)
                .Take(TranscriptPages.Size + 1)
                .Select(r => (r.Seq, (IActivity)ActivityJson.Read(r.Json)))
                .ToList();
            return Task.FromResult(TranscriptPages.Page(rows));
        }
    }

    public Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        var after = TranscriptPages.After(continuationToken);
        lock (gate)
        {
            var rows = conversations
                .Where(c => c.ChannelId == channelId && c.Seq > after)
                .Take(TranscriptPages.Size + 1)
                .Select(c => (c.Seq, new TranscriptInfo { ChannelId = c.ChannelId, Id = c.Id, Created = c.Created }))
                .ToList();
            return Task.FromResult(TranscriptPages.Page(rows));
        }
    }

    public Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        lock (gate)
        {
            activities.RemoveAll(r => r.ChannelId == channelId && r.ConversationId == conversationId);
            conversations.RemoveAll(c => c.ChannelId == channelId && c.Id == conversationId);
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var purged = activities.RemoveAll(r => r.At < before);
            conversations.RemoveAll(c => !activities.Exists(r => r.ChannelId == c.ChannelId && r.ConversationId == c.Id));
            return Task.FromResult(purged);
        }
    }

    private sealed record Row(long Seq, string ChannelId, string ConversationId, DateTimeOffset At, string Json);

    private sealed record Conversation(long Seq, string ChannelId, string Id, DateTimeOffset Created);
}
