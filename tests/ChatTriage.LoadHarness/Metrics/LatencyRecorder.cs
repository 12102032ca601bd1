namespace ChatTriage.LoadHarness.Metrics;

/// <summary>Turn latencies of one phase (milliseconds), safe to add to from many residents at once.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> values = [];
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return values.Count;
            }
        }
    }

    public void Add(TimeSpan latency)
    {
        lock (gate)
        {
            values.Add(latency.TotalMilliseconds);
        }
    }

    public LatencySummary Summarise()
    {
        double[] sorted;
        lock (gate)
        {
            sorted = [.. values];
        }

        Array.Sort(sorted);
        return sorted.Length == 0
            ? new LatencySummary(0, 0, 0, 0, 0, 0)
            : new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1], sorted.Average());
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p% of the values at or below it.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p / 100d * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
