using BenchmarkDotNet.Attributes;
using ChatTriage.Bot.Content;
using ChatTriage.Bot.Understanding;

namespace ChatTriage.Benchmarks;

/// <summary>
/// The free-text router (and the step matchers it leads to) on the first message of a conversation: it runs on
/// every message the main menu sees, so it is on the per-message path.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private const string Long40Words =
        "Hi, I wanted to ask about my neighbour because he keeps parking across my drive every morning and " +
        "when I asked him to move he was really rude, I don't know if that is something the police deal with or the council";

    private TriageLanguage language = null!;

    [GlobalSetup]
    public void Setup() => language = new TriageLanguage(TriageContent.Load(BenchmarkPaths.Dialogs()));

    [Benchmark(Baseline = true)]
    public RouteDecision RouteShortServiceMessage() => language.Router.Route("noise next door");

    [Benchmark]
    public RouteDecision RouteQuestion() => language.Router.Route("how do I get a firearms certificate");

    [Benchmark]
    public RouteDecision RouteCrime() => language.Router.Route("my bike got nicked");

    [Benchmark]
    public RouteDecision Route40WordMessage() => language.Router.Route(Long40Words);

    [Benchmark]
    public object? FindService() => language.Directory.Find("noise next door");

    [Benchmark]
    public int RankAnswers() => language.Answers.Rank("how do I get a firearms certificate").Count;
}
