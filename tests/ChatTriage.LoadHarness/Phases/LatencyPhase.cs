using ChatTriage.LoadHarness.Channels;
using ChatTriage.LoadHarness.Hosting;
using ChatTriage.LoadHarness.Journeys;
using ChatTriage.LoadHarness.Metrics;
using ChatTriage.LoadHarness.Options;

namespace ChatTriage.LoadHarness.Phases;

/// <summary>
/// Whole journeys over POST /api/messages (expectReplies) from <see cref="HarnessOptions.Concurrency"/> connections,
/// each resident starting the next journey as soon as one ends, with no pause between messages: turn latency
/// percentiles under a steady 64-connection load.
/// </summary>
public static class LatencyPhase
{
    public static async Task<PhaseResult> RunAsync(Target target, IReadOnlyList<Journey> journeys, HarnessOptions options, CancellationToken cancellationToken)
    {
        using var client = new BotMessagesClient(target.BaseUrl, options.Concurrency, options.TurnTimeout);
        var warmupErrors = new ErrorLog();
        if (options.Warmup > TimeSpan.Zero)
        {
            await LoopAsync(client, journeys, new PhaseClock(options.Warmup, options.MaxTurns), options.Concurrency, new JourneyRunner(new LatencyRecorder(), warmupErrors, options.LatencyThinkTime), cancellationToken);
        }

        await using var memory = new MemorySampler(target.Pid);
        var latencies = new LatencyRecorder();
        var errors = new ErrorLog();
        var runner = new JourneyRunner(latencies, errors, options.LatencyThinkTime);
        var clock = new PhaseClock(options.Duration, options.MaxTurns);
        var completed = await LoopAsync(client, journeys, clock, options.Concurrency, runner, cancellationToken);
        var elapsed = clock.Elapsed;
        var notes = new List<string> { $"journeys completed: {completed}; pause between messages {options.LatencyThinkTime.TotalMilliseconds:0} ms" };
        if (warmupErrors.Total > 0)
        {
            notes.Add($"warm-up errors: {warmupErrors.Total} (not counted)");
        }

        return new PhaseResult("latency", target.Name, runner.Turns, elapsed, latencies.Summarise(), errors.Total, errors.Counts, errors.Samples, memory.PeakBytes, notes);
    }

    private static async Task<int> LoopAsync(
        BotMessagesClient client, IReadOnlyList<Journey> journeys, PhaseClock clock, int concurrency, JourneyRunner runner, CancellationToken cancellationToken)
    {
        var completed = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(
            async () =>
            {
                for (var n = worker; clock.TryStartTurn() && !cancellationToken.IsCancellationRequested; n += concurrency)
                {
                    await using var session = client.NewSession();
                    if (await runner.RunAsync(session, journeys[n % journeys.Count], clock.TryStartTurn, cancellationToken))
                    {
                        Interlocked.Increment(ref completed);
                    }
                }
            },
            cancellationToken)));
        return completed;
    }
}
