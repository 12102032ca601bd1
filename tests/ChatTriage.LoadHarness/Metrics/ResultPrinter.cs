using System.Globalization;
using ChatTriage.LoadHarness.Hosting;

namespace ChatTriage.LoadHarness.Metrics;

/// <summary>Writes phase results and target verdicts as plain text (easy to paste into the README).</summary>
public static class ResultPrinter
{
    public static void Print(PhaseResult r, string loadAverage)
    {
        var l = r.Latency;
        Console.WriteLine($"== {r.Phase} / {r.Target}  (load average at start: {loadAverage})");
        Console.WriteLine(Invariant($"   turns {r.Turns} in {r.Elapsed.TotalSeconds:0.0} s = {r.TurnsPerSecond:0.0} turns/s; errors {r.Errors}"));
        Console.WriteLine(Invariant($"   latency ms: p50 {l.P50:0.0}  p95 {l.P95:0.0}  p99 {l.P99:0.0}  max {l.Max:0.0}  mean {l.Mean:0.0}"));
        if (r.PeakRssBytes is { } peak)
        {
            Console.WriteLine($"   server RSS peak {ProcessMemory.Megabytes(peak)}" + (r.EndRssBytes is { } end ? $", at end {ProcessMemory.Megabytes(end)}" : string.Empty));
        }

        foreach (var note in r.Notes)
        {
            Console.WriteLine("   " + note);
        }

        foreach (var (kind, count) in r.ErrorCounts.OrderByDescending(e => e.Value))
        {
            Console.WriteLine($"   error {kind}: {count}");
        }

        foreach (var sample in r.ErrorSamples)
        {
            Console.WriteLine("     e.g. " + sample);
        }

        Console.WriteLine();
    }

    public static void Verdict(string target, bool? met, string measured)
    {
        var word = met switch
        {
            true => "MET   ",
            false => "MISSED",
            null => "n/a   ",
        };
        Console.WriteLine($"   [{word}] {target}: {measured}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
