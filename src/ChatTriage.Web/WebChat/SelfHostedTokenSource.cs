using System.Security.Cryptography;
using ChatTriage.Web.DirectLine;

namespace ChatTriage.Web.WebChat;

/// <summary>Creates the conversation in this host's Direct Line store and signs a token for it.</summary>
public sealed class SelfHostedTokenSource(IDirectLineStore store, DirectLineTokens tokens, TimeProvider clock) : IWebChatTokenSource
{
    public bool SelfHosted => true;

    public async Task<TokenResponse> CreateAsync(CancellationToken cancellationToken)
    {
        // Unguessable ids without '|' (it separates the sequence in activity ids); 'dl_' marks server-issued users.
        var conversationId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        await store.CreateConversationAsync(new DirectLineConversation(conversationId, userId, clock.GetUtcNow(), false), cancellationToken);
        return new TokenResponse(conversationId, tokens.IssueToken(conversationId, userId), tokens.LifetimeSeconds);
    }
}
