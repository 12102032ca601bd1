using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Agents.Auth;

/// <summary>
/// Locks an account after repeated failed sign-ins (Agents:LockoutFailures in a row locks it for
/// Agents:LockoutMinutes). Kept in the bot's IStorage, so every instance counts the same failures and a restart does
/// not clear a lock (in memory only when no storage is registered). Two failures at the same moment on two instances
/// may count once: the lock comes one attempt later, never not at all.
/// </summary>
public sealed class SignInThrottle(IOptions<AgentsOptions> options, TimeProvider time, IServiceProvider services)
{
    private readonly IStorage storage = services.GetService<IStorage>() ?? new MemoryStorage();

    public async Task<bool> IsLockedAsync(string userName, CancellationToken cancellationToken = default)
        => (await ReadAsync(userName, cancellationToken).ConfigureAwait(false))?.LockedUntil > time.GetUtcNow();

    public async Task RecordFailureAsync(string userName, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var current = await ReadAsync(userName, cancellationToken).ConfigureAwait(false) ?? new Entry();

        // A lock that has run out starts a fresh count.
        var failures = current.LockedUntil is { } until && until <= now ? 1 : current.Failures + 1;
        var next = failures >= options.Value.LockoutFailures
            ? new Entry { Failures = 0, LockedUntil = now.AddMinutes(options.Value.LockoutMinutes) }
            : new Entry { Failures = failures };
        await storage.WriteAsync(new Dictionary<string, object> { [Key(userName)] = next }, cancellationToken).ConfigureAwait(false);
    }

    public Task RecordSuccessAsync(string userName, CancellationToken cancellationToken = default)
        => storage.DeleteAsync([Key(userName)], cancellationToken);

    private async Task<Entry?> ReadAsync(string userName, CancellationToken cancellationToken)
    {
        var found = await storage.ReadAsync<Entry>([Key(userName)], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(Key(userName), out var entry) ? entry : null;
    }

    private static string Key(string userName) => "agents/sign-in/" + userName.Trim().ToLowerInvariant();

    /// <summary>The stored shape.</summary>
    public sealed class Entry
    {
        public int Failures { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
