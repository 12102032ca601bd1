using ChatTriage.Web.DirectLine;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>A store whose reads fail, to show that polling never answers with a 5xx.</summary>
public sealed class FailingReadStore : IDirectLineStore
{
    private readonly InMemoryDirectLineStore _inner = new();

    public Task CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken = default) =>
        _inner.CreateConversationAsync(conversation, cancellationToken);

    public Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _inner.FindConversationAsync(conversationId, cancellationToken);

    public Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _inner.TryMarkStartedAsync(conversationId, cancellationToken);

    public Task<DirectLineEntry> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        _inner.AppendAsync(conversationId, activity, cancellationToken);

    public Task<IReadOnlyList<DirectLineEntry>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken = default) =>
        throw new IOException("The database is down.");
}
