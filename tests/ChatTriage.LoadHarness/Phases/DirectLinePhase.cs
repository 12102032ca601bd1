using ChatTriage.LoadHarness.Channels;
using ChatTriage.LoadHarness.Hosting;
using ChatTriage.LoadHarness.Journeys;
using ChatTriage.LoadHarness.Metrics;
using ChatTriage.LoadHarness.Options;

namespace ChatTriage.LoadHarness.Phases;

/// <summary>
/// <see cref="HarnessOptions.Residents"/> residents arrive over <see cref="HarnessOptions.Ramp"/> and each plays one
/// whole journey through the Direct Line channel (token, start, WebSocket, posts) with a human pause between
/// messages. Every chat stays open until the last resident has finished, so all of them are connected at once.
/// </summary>
public static class DirectLinePhase
{
    public static async Task<PhaseResult> RunAsync(Target target, IReadOnlyList<Journey> journeys, HarnessOptions options, CancellationToken cancellationToken)
    {
        var residents = options.Residents;
        using var client = new DirectLineClient(target.BaseUrl, residents, options.TurnTimeout);
        await using var memory = new MemorySampler(target.Pid);
        var latencies = new LatencyRecorder();
        var errors = new ErrorLog();
        var runner = new JourneyRunner(latencies, errors, options.ThinkTime);
        var clock = new PhaseClock(options.MaxRun, options.MaxTurns);
        var allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var remaining = residents;
        var open = 0;
        var peakOpen = 0;
        var completed = 0;

        await Task.WhenAll(Enumerable.Range(0, residents).Select(i => Task.Run(
            async () =>
            {
                await Task.Delay(options.Ramp * i / residents, cancellationToken);
                var session = client.NewSession();
                try
                {
                    var ok = await runner.RunAsync(session, journeys[i % journeys.Count], clock.TryStartTurn, cancellationToken);
                    if (ok)
                    {
                        Interlocked.Increment(ref completed);
                    }

                    if (session.IsOpen)
                    {
                        var now = Interlocked.Increment(ref open);
                        InterlockedMax(ref peakOpen, now);
                    }
                    else if (ok)
                    {
                        errors.Add("stream-closed-early", $"resident {i}: the stream was closed by the end of the journey");
                    }
                }
                finally
                {
                    if (Interlocked.Decrement(ref remaining) == 0)
                    {
                        allDone.TrySetResult();
                    }

                    await allDone.Task.WaitAsync(cancellationToken);
                    await session.DisposeAsync();
                }
            },
            cancellationToken)));

        var notes = new List<string>
        {
            $"residents: {residents}, journeys completed: {completed}",
            $"chats open at once at the end: {peakOpen}",
        };
        return new PhaseResult("directline", target.Name, runner.Turns, clock.Elapsed, latencies.Summarise(), errors.Total, errors.Counts, errors.Samples, memory.PeakBytes, notes);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
