using ChatTriage.Storage.DirectLine;
using ChatTriage.Web.DirectLine;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Scaling;

/// <summary>
/// Direct Line conversations in the app's database (SQLite or PostgreSQL): they survive a restart, so a resident
/// who reloads the page resumes, and every instance reads the same log, so a reply made on one instance reaches a
/// WebSocket held by another. Sequences and timestamps are assigned inside the database transaction.
/// </summary>
public sealed class SqlDirectLineStore(SqlDirectLineLog log) : IDirectLineStore
{
    public async Task CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var row = new DirectLineConversationRow(conversation.Id, conversation.UserId, conversation.Created, conversation.Started);
        if (!await log.TryCreateConversationAsync(row, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("A conversation with this id exists.");
        }
    }

    public async Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        await log.FindConversationAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } row
            ? new DirectLineConversation(row.Id, row.UserId, row.Created, row.Started)
            : null;

    public Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken = default) =>
        log.TryMarkStartedAsync(conversationId, cancellationToken);

    public async Task<DirectLineEntry> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var proposed = activity.Timestamp ?? DateTimeOffset.UtcNow;
        var json = string.Empty;
        var sequence = await log.AppendAsync(
            conversationId,
            (next, previous) =>
            {
                activity.Id = ActivityIds.Format(conversationId, next);
                activity.Timestamp = ActivityIds.NextTimestamp(previous, proposed);
                json = ActivityJson.Serialize(activity);
                return new DirectLineAppend(json, activity.Timestamp.Value);
            },
            cancellationToken).ConfigureAwait(false);
        return new DirectLineEntry(sequence, ActivityJson.Parse(json));
    }

    public async Task<IReadOnlyList<DirectLineEntry>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        var rows = await log.ReadAfterAsync(conversationId, watermark, cancellationToken).ConfigureAwait(false);
        return rows.Select(row => new DirectLineEntry(row.Sequence, ActivityJson.Parse(row.Json))).ToList();
    }
}
