using System.Diagnostics;

namespace ChatTriage.LoadHarness.Phases;

/// <summary>Bounds a phase by time and by number of turns; residents ask it before each new turn.</summary>
public sealed class PhaseClock(TimeSpan duration, long maxTurns)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long started;

    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>True (and counts the turn) while time and turns remain.</summary>
    public bool TryStartTurn() => clock.Elapsed < duration && Interlocked.Increment(ref started) <= maxTurns;
}
