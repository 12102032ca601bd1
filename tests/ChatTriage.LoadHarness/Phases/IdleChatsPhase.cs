using System.Diagnostics;
using ChatTriage.LoadHarness.Channels;
using ChatTriage.LoadHarness.Hosting;
using ChatTriage.LoadHarness.Journeys;
using ChatTriage.LoadHarness.Metrics;
using ChatTriage.LoadHarness.Options;

namespace ChatTriage.LoadHarness.Phases;

/// <summary>
/// Opens <see cref="HarnessOptions.Chats"/> web chats (token, start, WebSocket, welcome received) and leaves them
/// idle for <see cref="HarnessOptions.Hold"/>, reading the server's RSS before, during and at the end.
/// </summary>
public static class IdleChatsPhase
{
    public static async Task<PhaseResult> RunAsync(Target target, HarnessOptions options, CancellationToken cancellationToken)
    {
        var baseline = Rss(target);
        using var client = new DirectLineClient(target.BaseUrl, options.OpenConcurrency, options.TurnTimeout);
        await using var memory = new MemorySampler(target.Pid);
        var latencies = new LatencyRecorder();
        var errors = new ErrorLog();
        var sessions = new DirectLineSession?[options.Chats];
        var clock = Stopwatch.StartNew();
        using (var gate = new SemaphoreSlim(options.OpenConcurrency))
        {
            await Task.WhenAll(Enumerable.Range(0, options.Chats).Select(async i =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    var session = client.NewSession();
                    var timer = Stopwatch.StartNew();
                    try
                    {
                        await session.StartAsync(JourneyCatalogue.Welcome, cancellationToken);
                        latencies.Add(timer.Elapsed);
                        sessions[i] = session;
                    }
                    catch (TurnFailedException ex)
                    {
                        errors.Add(ex.Kind, $"chat {i}: {ex.Message}");
                        await session.DisposeAsync();
                    }
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var opening = clock.Elapsed;
        var afterOpen = Rss(target);
        var hold = Stopwatch.StartNew();
        while (hold.Elapsed < options.Hold && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            memory.Sample();
        }

        var atEnd = Rss(target);
        var stillOpen = sessions.Count(s => s?.IsOpen == true);
        var opened = sessions.Count(s => s is not null);
        if (stillOpen < opened)
        {
            errors.Add("stream-closed-while-idle", $"{opened - stillOpen} of {opened} chats were closed by the server during the hold");
        }

        await Task.WhenAll(sessions.Where(s => s is not null).Select(s => s!.DisposeAsync().AsTask()));
        var notes = new List<string>
        {
            $"chats opened: {opened} of {options.Chats} in {opening.TotalSeconds:0.0} s; still open after {options.Hold.TotalSeconds:0} s idle: {stillOpen}",
        };
        if (baseline is { } b && atEnd is { } e)
        {
            notes.Add($"server RSS: before {ProcessMemory.Megabytes(b)}, all open {ProcessMemory.Megabytes(afterOpen ?? 0)}, end of hold {ProcessMemory.Megabytes(e)}; "
                + $"per chat {(e - b) / 1024d / Math.Max(1, stillOpen):0.0} KB");
        }

        return new PhaseResult("idle", target.Name, latencies.Count, opening, latencies.Summarise(), errors.Total, errors.Counts, errors.Samples, memory.PeakBytes, notes)
        {
            EndRssBytes = atEnd,
        };
    }

    private static long? Rss(Target target) => target.Pid is { } pid ? ProcessMemory.Read(pid)?.RssBytes : null;
}
