namespace ChatTriage.LoadHarness.Channels;

/// <summary>One resident's conversation with a bot over one channel.</summary>
public interface IChatSession : IAsyncDisposable
{
    /// <summary>
    /// Opens the conversation as the channel does (Emulator: conversationUpdate; Direct Line: token, start and
    /// stream) and waits for the welcome. Throws <see cref="TurnFailedException"/> when it does not come.
    /// </summary>
    Task<TurnReplies> StartAsync(ReplyExpectation expected, CancellationToken cancellationToken);

    /// <summary>Sends a message and waits for a reply with one of the expected keywords.</summary>
    Task<TurnReplies> SendAsync(string text, ReplyExpectation expected, CancellationToken cancellationToken);
}
