using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Agents.Auth;

/// <summary>
/// Locks an account after repeated failed sign-ins (Agents:LockoutFailures in a row locks it for
/// Agents:LockoutMinutes). Kept per instance, in memory: a restart clears it.
/// </summary>
public sealed class SignInThrottle(IOptions<AgentsOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLocked(string userName)
        => entries.TryGetValue(userName, out var entry) && entry.LockedUntil > time.GetUtcNow();

    public void RecordFailure(string userName)
    {
        var now = time.GetUtcNow();
        entries.AddOrUpdate(
            userName,
            _ => Next(new Entry(0, null), now),
            (_, current) => Next(current, now));
    }

    public void RecordSuccess(string userName) => entries.TryRemove(userName, out _);

    private Entry Next(Entry current, DateTimeOffset now)
    {
        // A lock that has run out starts a fresh count.
        var failures = current.LockedUntil is { } until && until <= now ? 1 : current.Failures + 1;
        return failures >= options.Value.LockoutFailures
            ? new Entry(0, now.AddMinutes(options.Value.LockoutMinutes))
            : new Entry(failures, null);
    }

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil);
}
