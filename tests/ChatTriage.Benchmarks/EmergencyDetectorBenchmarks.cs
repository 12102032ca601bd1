using BenchmarkDotNet.Attributes;
using ChatTriage.Bot.Emergency;

namespace ChatTriage.Benchmarks;

/// <summary>The 999 detector on the messages it sees on every turn. Targets: ≤ 20 µs and ≤ 1 KB for 40 words, ≤ 500 µs for 5,000 characters.</summary>
[MemoryDiagnoser]
public class EmergencyDetectorBenchmarks
{
    private const string Typical40Words =
        "Hi, I wanted to ask about my neighbour because he keeps parking across my drive every morning and " +
        "when I asked him to move he was really rude, I don't know if that is something the police deal with or the council";

    private const string Emergency40Words =
        "sorry I know this is probably the wrong place and I tried the online form already but it would not load, " +
        "my ex just turned up at the house and hes got a knife and hes shouting that hes going to kill me";

    private EmergencyDetector detector = null!;
    private string long5000 = "";

    [GlobalSetup]
    public void Setup()
    {
        detector = EmergencyContent.Load(Path.Combine(FindRoot(), "dialogs")).Detector;
        var text = new System.Text.StringBuilder();
        while (text.Length < 4_950)
        {
            text.Append("The bins on our road have not been collected for three weeks and there is rubbish everywhere, foxes get into it at night. ");
        }

        long5000 = text.ToString(0, 4_950) + " help he has a knife";
    }

    [Benchmark(Baseline = true)]
    public bool Typical40WordMessage() => detector.Detect(Typical40Words).Matched;

    [Benchmark]
    public bool Emergency40WordMessage() => detector.Detect(Emergency40Words).Matched;

    [Benchmark]
    public bool Message5000Characters() => detector.Detect(long5000).Matched;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatTriage.sln")))
            {
                return dir.FullName;
            }
        }

        var cwd = new DirectoryInfo(Environment.CurrentDirectory);
        for (var dir = cwd; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatTriage.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChatTriage.sln not found");
    }
}
