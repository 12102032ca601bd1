using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.DirectLine;

/// <summary>A token bucket per conversation, so one token cannot flood the bot.</summary>
public sealed class DirectLinePostLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public DirectLinePostLimiter(IOptions<DirectLineOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetTokenBucketLimiter(
            conversationId,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, settings.PostBurst),
                TokensPerPeriod = Math.Max(1, settings.PostsPerSecond),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool TryAcquire(string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
