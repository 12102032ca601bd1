using ChatTriage.Web.Agents;
using ChatTriage.Web.Agents.Auth;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>The sign-in lock counts failures in the shared storage: two instances count together, and a lock outlives the throttle that set it.</summary>
public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly MemoryStorage shared = new();

    [Fact]
    public async Task FailuresOnTwoInstancesCountTogetherAndLockTheAccountOnBoth()
    {
        var (a, b) = (Throttle(), Throttle());

        for (var i = 0; i < 4; i++)
        {
            await (i % 2 == 0 ? a : b).RecordFailureAsync("Sam");
        }

        Assert.False(await a.IsLockedAsync("sam"));
        await b.RecordFailureAsync("sam");
        Assert.True(await a.IsLockedAsync("SAM"));
        Assert.True(await Throttle().IsLockedAsync("sam"));
    }

    [Fact]
    public async Task TheLockEndsAfterItsMinutesAndASuccessClearsTheCount()
    {
        var throttle = Throttle();
        for (var i = 0; i < 5; i++)
        {
            await throttle.RecordFailureAsync("sam");
        }

        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.False(await throttle.IsLockedAsync("sam"));

        await throttle.RecordFailureAsync("sam");
        await throttle.RecordSuccessAsync("sam");
        for (var i = 0; i < 4; i++)
        {
            await throttle.RecordFailureAsync("sam");
        }

        Assert.False(await throttle.IsLockedAsync("sam"));
    }

    private SignInThrottle Throttle()
    {
        var services = new ServiceCollection().AddSingleton<IStorage>(shared).BuildServiceProvider();
        return new SignInThrottle(Options.Create(new AgentsOptions { LockoutFailures = 5, LockoutMinutes = 15 }), clock, services);
    }
}
