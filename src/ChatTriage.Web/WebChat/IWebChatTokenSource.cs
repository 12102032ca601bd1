using ChatTriage.Web.DirectLine;

namespace ChatTriage.Web.WebChat;

/// <summary>Starts a resident's chat: a new conversation and a token bound to it.</summary>
public interface IWebChatTokenSource
{
    /// <summary>True when the page talks to this host's Direct Line; false when it talks to Azure.</summary>
    bool SelfHosted { get; }

    Task<TokenResponse> CreateAsync(CancellationToken cancellationToken);
}
