using System.Diagnostics;
using ChatTriage.LoadHarness.Channels;
using ChatTriage.LoadHarness.Metrics;

namespace ChatTriage.LoadHarness.Journeys;

/// <summary>Plays one journey on one session, timing every turn and logging the first failure (which ends the journey).</summary>
public sealed class JourneyRunner(LatencyRecorder latencies, ErrorLog errors, TimeSpan thinkTime)
{
    private long turns;

    public long Turns => Interlocked.Read(ref turns);

    /// <summary>
    /// True when the journey ran to its end. <paramref name="keepGoing"/> is asked before each message, so a phase
    /// that is over stops residents between turns (a journey cut short that way is not an error).
    /// </summary>
    public async Task<bool> RunAsync(IChatSession session, Journey journey, Func<bool> keepGoing, CancellationToken cancellationToken)
    {
        var stepNumber = 0;
        try
        {
            await TimedAsync(journey, 0, "(start)", () => session.StartAsync(journey.Welcome, cancellationToken));
            IReadOnlyList<JourneyStep> steps = journey.Steps;
            for (var i = 0; i < steps.Count; i++)
            {
                if (!keepGoing())
                {
                    return false;
                }

                if (thinkTime > TimeSpan.Zero)
                {
                    await Task.Delay(thinkTime * (0.5 + Random.Shared.NextDouble()), cancellationToken);
                }

                var step = steps[i];
                stepNumber++;
                var turn = await TimedAsync(journey, stepNumber, step.Say, () => session.SendAsync(step.Say, step.Expect, cancellationToken));
                if (step.Branches is { } branches && branches.TryGetValue(turn.Matched, out var rest))
                {
                    steps = rest;
                    i = -1;
                }
            }

            return true;
        }
        catch (TurnFailedException ex)
        {
            errors.Add($"{journey.Name}:{ex.Kind}", $"{journey.Name} step {stepNumber}: {ex.Message}");
            return false;
        }
    }

    private async Task<TurnReplies> TimedAsync(Journey journey, int step, string said, Func<Task<TurnReplies>> turnAsync)
    {
        var clock = Stopwatch.StartNew();
        var turn = await turnAsync();
        latencies.Add(clock.Elapsed);
        Interlocked.Increment(ref turns);
        if (turn.Replies.Any(r => r.Emergency))
        {
            throw new TurnFailedException("unexpected-999", $"'{said}' (step {step} of {journey.Name}) got the 999 alert");
        }

        return turn;
    }
}
