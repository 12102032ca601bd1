using ChatTriage.Web.DirectLine;

namespace ChatTriage.Web.Tests.DirectLine;

public sealed class ConversationLocksTests
{
    [Fact]
    public async Task ASecondHolderWaitsUntilTheFirstReleases()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("c1", CancellationToken.None);

        var second = locks.AcquireAsync("c1", CancellationToken.None);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task DifferentConversationsDoNotWaitForEachOther()
    {
        var locks = new ConversationLocks();
        using var first = await locks.AcquireAsync("c1", CancellationToken.None);

        var other = locks.AcquireAsync("c2", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task LocksAreForgottenWhenNobodyHoldsOrWaits()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("c1", CancellationToken.None);
        var waiting = locks.AcquireAsync("c1", CancellationToken.None);
        Assert.Equal(1, locks.Count);

        first.Dispose();
        (await waiting).Dispose();

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task ACancelledWaitLeavesNothingBehind()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("c1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("c1", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();

        Assert.Equal(0, locks.Count);
    }
}
