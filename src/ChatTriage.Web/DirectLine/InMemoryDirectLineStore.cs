using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatTriage.Web.DirectLine;

/// <summary>Keeps conversations in memory: one instance only, lost on restart. Activities are stored as JSON copies.</summary>
public sealed class InMemoryDirectLineStore : IDirectLineStore
{
    private readonly ConcurrentDictionary<string, Log> _logs = new(StringComparer.Ordinal);

    public Task CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken = default)
    {
        if (!_logs.TryAdd(conversation.Id, new Log(conversation)))
        {
            throw new InvalidOperationException("A conversation with this id exists.");
        }

        return Task.CompletedTask;
    }

    public Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        if (!_logs.TryGetValue(conversationId, out var log))
        {
            return Task.FromResult<DirectLineConversation?>(null);
        }

        lock (log)
        {
            return Task.FromResult<DirectLineConversation?>(log.Conversation);
        }
    }

    public Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var log = Get(conversationId);
        lock (log)
        {
            if (log.Conversation.Started)
            {
                return Task.FromResult(false);
            }

            log.Conversation = log.Conversation with { Started = true };
            return Task.FromResult(true);
        }
    }

    public Task<DirectLineEntry> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        var log = Get(conversationId);
        lock (log)
        {
            var sequence = log.Entries.Count + 1;
            activity.Id = ActivityIds.Format(conversationId, sequence);
            activity.Timestamp = ActivityIds.NextTimestamp(log.LastTimestamp, activity.Timestamp ?? DateTimeOffset.UtcNow);
            log.LastTimestamp = activity.Timestamp;
            log.Entries.Add(JsonConvert.SerializeObject(activity, ActivityJson.Settings));
            return Task.FromResult(new DirectLineEntry(sequence, ActivityJson.Copy(activity)));
        }
    }

    public Task<IReadOnlyList<DirectLineEntry>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        var log = Get(conversationId);
        lock (log)
        {
            var start = (int)Math.Clamp(watermark, 0, log.Entries.Count);
            var entries = new List<DirectLineEntry>(log.Entries.Count - start);
            for (var i = start; i < log.Entries.Count; i++)
            {
                entries.Add(new DirectLineEntry(i + 1, ActivityJson.Parse(log.Entries[i])));
            }

            return Task.FromResult<IReadOnlyList<DirectLineEntry>>(entries);
        }
    }

    private Log Get(string conversationId) =>
        _logs.TryGetValue(conversationId, out var log) ? log : throw new KeyNotFoundException("Unknown conversation.");

    private sealed class Log(DirectLineConversation conversation)
    {
        public DirectLineConversation Conversation { get; set; } = conversation;

        public DateTimeOffset? LastTimestamp { get; set; }

        public List<string> Entries { get; } = [];
    }
}
