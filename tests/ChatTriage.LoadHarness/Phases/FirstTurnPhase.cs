using System.Diagnostics;
using ChatTriage.LoadHarness.Channels;
using ChatTriage.LoadHarness.Hosting;
using ChatTriage.LoadHarness.Metrics;
using ChatTriage.LoadHarness.Options;

namespace ChatTriage.LoadHarness.Phases;

/// <summary>
/// "First turn": each request is a new conversation with one message, over POST /api/messages (expectReplies),
/// from <see cref="HarnessOptions.Concurrency"/> connections back to back. Measures the per-message cost of
/// the whole stack (adapter, middleware, state read and write, the first dialog step).
/// </summary>
public static class FirstTurnPhase
{
    public static async Task<PhaseResult> RunAsync(Target target, IReadOnlyList<FirstTurnMessage> messages, HarnessOptions options, CancellationToken cancellationToken)
    {
        using var client = new BotMessagesClient(target.BaseUrl, options.Concurrency, options.TurnTimeout);
        var warmupErrors = new ErrorLog();
        if (options.Warmup > TimeSpan.Zero)
        {
            await LoopAsync(client, messages, new PhaseClock(options.Warmup, options.MaxTurns), options.Concurrency, new LatencyRecorder(), warmupErrors, cancellationToken);
        }

        await using var memory = new MemorySampler(target.Pid);
        var latencies = new LatencyRecorder();
        var errors = new ErrorLog();
        var clock = new PhaseClock(options.Duration, options.MaxTurns);
        await LoopAsync(client, messages, clock, options.Concurrency, latencies, errors, cancellationToken);
        var elapsed = clock.Elapsed;
        var notes = new List<string>();
        if (warmupErrors.Total > 0)
        {
            notes.Add($"warm-up errors: {warmupErrors.Total} (not counted)");
        }

        return new PhaseResult("first-turn", target.Name, latencies.Count, elapsed, latencies.Summarise(), errors.Total, errors.Counts, errors.Samples, memory.PeakBytes, notes);
    }

    private static Task LoopAsync(
        BotMessagesClient client, IReadOnlyList<FirstTurnMessage> messages, PhaseClock clock, int concurrency, LatencyRecorder latencies, ErrorLog errors, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(
            async () =>
            {
                for (var n = worker; clock.TryStartTurn() && !cancellationToken.IsCancellationRequested; n += concurrency)
                {
                    var message = messages[n % messages.Count];
                    var session = client.NewSession();
                    var timer = Stopwatch.StartNew();
                    try
                    {
                        var turn = await session.SendAsync(message.Text, message.Expect, cancellationToken);
                        latencies.Add(timer.Elapsed);
                        if (turn.Replies.Any(r => r.Emergency))
                        {
                            errors.Add("unexpected-999", $"'{message.Text}' got the 999 alert");
                        }
                    }
                    catch (TurnFailedException ex)
                    {
                        errors.Add(ex.Kind, ex.Message);
                    }
                }
            },
            cancellationToken)));
}
