using ChatTriage.Web.DirectLine;
using StackExchange.Redis;

namespace ChatTriage.Web.Scaling;

/// <summary>
/// Carries "conversation X has new activities" between instances over Redis pub/sub. Every instance subscribes once
/// and wakes its own WebSocket subscribers, which then read the shared store after their watermark. The message
/// holds only the conversation id, never chat content. Local subscribers are woken directly as well, so this
/// instance keeps working if Redis is briefly away; a repeated wake-up only makes a subscriber read nothing new.
/// </summary>
public sealed partial class RedisDirectLineNotifier : IDirectLineNotifier
{
    /// <summary>The pub/sub channel every instance listens on.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal("chattriage:directline:appended");

    private readonly InMemoryDirectLineNotifier local = new();
    private readonly ISubscriber subscriber;
    private readonly ILogger<RedisDirectLineNotifier> logger;

    public RedisDirectLineNotifier(IConnectionMultiplexer redis, ILogger<RedisDirectLineNotifier> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        this.logger = logger;
        subscriber = redis.GetSubscriber();
        subscriber.Subscribe(Channel).OnMessage(message =>
        {
            if (!message.Message.IsNullOrEmpty)
            {
                return local.NotifyAsync(message.Message!);
            }

            return Task.CompletedTask;
        });
    }

    public async Task NotifyAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await local.NotifyAsync(conversationId, cancellationToken).ConfigureAwait(false);
        try
        {
            await subscriber.PublishAsync(Channel, conversationId).ConfigureAwait(false);
        }
        catch (RedisException exception)
        {
            // The activity is already stored: sockets on other instances get it with their next notification.
            LogPublishFailed(logger, exception, conversationId);
        }
    }

    public IDisposable Subscribe(string conversationId, Action onAppended) => local.Subscribe(conversationId, onAppended);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other instances that Direct Line conversation {ConversationId} has new activities.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string conversationId);
}
