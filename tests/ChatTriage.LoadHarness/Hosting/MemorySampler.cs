namespace ChatTriage.LoadHarness.Hosting;

/// <summary>Samples a process's RSS every half second while a phase runs and keeps the highest value seen.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly int? pid;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long peak;

    public MemorySampler(int? pid)
    {
        this.pid = pid;
        loop = pid is null ? Task.CompletedTask : RunAsync();
    }

    /// <summary>Highest RSS sampled so far, or null when the process is unknown.</summary>
    public long? PeakBytes => pid is null ? null : Math.Max(Interlocked.Read(ref peak), Sample() ?? 0);

    public long? Sample()
    {
        if (pid is not { } id || ProcessMemory.Read(id) is not { } memory)
        {
            return null;
        }

        var rss = memory.RssBytes;
        long seen;
        while (rss > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, rss, seen) != seen)
        {
        }

        return rss;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // The phase is over.
        }
    }
}
