namespace ChatTriage.LoadHarness.Metrics;

/// <summary>What one phase measured against one target.</summary>
public sealed record PhaseResult(
    string Phase,
    string Target,
    long Turns,
    TimeSpan Elapsed,
    LatencySummary Latency,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorCounts,
    IReadOnlyCollection<string> ErrorSamples,
    long? PeakRssBytes,
    IReadOnlyList<string> Notes)
{
    /// <summary>Server RSS when the phase ended (the idle phase: with every chat still open).</summary>
    public long? EndRssBytes { get; init; }

    public double TurnsPerSecond => Elapsed.TotalSeconds > 0 ? Turns / Elapsed.TotalSeconds : 0;
}
