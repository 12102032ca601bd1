using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Storage.Transcripts;

/// <summary>
/// Transcripts in process memory for the Memory provider, with the same paging and retention as the SQL store.
/// Activities are kept as JSON so later changes to a logged object do not change its transcript.
/// </summary>
public sealed class InMemoryTranscriptStore(TimeProvider? timeProvider = null) : ITranscriptStore, ITranscriptBatchLogger, ITranscriptRetention
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private readonly List<Row> activities = [];
    private readonly List<Conversation> conversations = [];
    private readonly HashSet<(string ChannelId, string Id)> known = [];
    private readonly Lock gate = new();
    private long sequence;

    public Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return LogActivitiesAsync([activity]);
    }

    public Task LogActivitiesAsync(IReadOnlyList<IActivity> turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var rows = new List<(string ChannelId, string ConversationId, DateTimeOffset At, string Json)>(turn.Count);
        foreach (var activity in turn)
        {
            ArgumentNullException.ThrowIfNull(activity, nameof(turn));
            var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(turn));
            rows.Add((activity.ChannelId ?? string.Empty, conversationId, activity.Timestamp ?? clock.GetUtcNow(), ActivityJson.Write(activity)));
        }

        lock (gate)
        {
            foreach (var (channelId, conversationId, at, json) in rows)
            {
                // A set beside the list: a scan of every conversation ever logged made each write slower than the last.
                if (known.Add((channelId, conversationId)))
                {
                    conversations.Add(new Conversation(++sequence, channelId, conversationId, at));
                }

                activities.Add(new Row(++sequence, channelId, conversationId, at, json));
            }
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
            known.Remove((channelId, conversationId));
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var purged = activities.RemoveAll(r => r.At < before);
            var left = activities.Select(r => (r.ChannelId, r.ConversationId)).ToHashSet();
            conversations.RemoveAll(c => !left.Contains((c.ChannelId, c.Id)));
            known.IntersectWith(left);
            return Task.FromResult(purged);
        }
    }

    private sealed record Row(long Seq, string ChannelId, string ConversationId, DateTimeOffset At, string Json);

    private sealed record Conversation(long Seq, string ChannelId, string Id, DateTimeOffset Created);
}
