using System.Collections.Concurrent;

namespace ChatTriage.LoadHarness.Metrics;

/// <summary>Errors of one phase: a count per kind and the first few in full, so a broken script or server shows why.</summary>
public sealed class ErrorLog
{
    private const int MaxSamples = 8;

    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> samples = new();
    private int total;

    public int Total => Volatile.Read(ref total);

    public IReadOnlyDictionary<string, int> Counts => counts;

    public IReadOnlyCollection<string> Samples => samples;

    public void Add(string kind, string detail)
    {
        Interlocked.Increment(ref total);
        counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (samples.Count < MaxSamples)
        {
            samples.Enqueue($"[{kind}] {Shorten(detail, 600)}");
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
