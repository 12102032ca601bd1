using Microsoft.Bot.Schema;

namespace ChatTriage.Web.DirectLine;

/// <summary>
/// The Direct Line conversations and their append-only activity logs. Implementations must be safe for concurrent
/// callers and, when shared by several instances, assign sequences and timestamps atomically.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Adds a new conversation (not yet started). Throws if the id exists.</summary>
    Task CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken = default);

    Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Marks the conversation started; true only for the one caller that started it.</summary>
    Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a copy of <paramref name="activity"/> with the next sequence n (1, 2, 3...), sets
    /// <c>activity.Id</c> to <see cref="ActivityIds.Format"/>(conversation, n) and raises <c>activity.Timestamp</c>
    /// (rounded to milliseconds, as browsers read it) above the previous entry's so timestamps are strictly monotonic.
    /// </summary>
    Task<DirectLineEntry> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Entries with a sequence greater than <paramref name="watermark"/>, oldest first.</summary>
    Task<IReadOnlyList<DirectLineEntry>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken = default);
}
