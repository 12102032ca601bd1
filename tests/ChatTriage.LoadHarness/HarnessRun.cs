using System.Globalization;
using ChatTriage.LoadHarness.Hosting;
using ChatTriage.LoadHarness.Journeys;
using ChatTriage.LoadHarness.Metrics;
using ChatTriage.LoadHarness.Options;
using ChatTriage.LoadHarness.Phases;

namespace ChatTriage.LoadHarness;

/// <summary>Runs the phases the mode asks for against ChatTriage (and, for first-turn, the echo bot), then judges the targets.</summary>
public sealed class HarnessRun(HarnessOptions options)
{
    private const double ThroughputRatioTarget = 0.80;
    private const double P99TargetMs = 100;
    private const int ResidentsTarget = 500;
    private const int ChatsTarget = 1000;
    private const long IdleMemoryTargetBytes = 300L * 1024 * 1024;

    private readonly List<PhaseResult> results = [];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var journeys = JourneyCatalogue.Select(options.Journeys);
        var runFolder = Path.Combine(Path.GetTempPath(), "chattriage-load-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var launcher = new ServerLauncher(options, RepoLocator.FindRoot(), runFolder);
        Console.WriteLine($"ChatTriage load harness, mode {options.Mode}, {DateTime.UtcNow:u}");
        Console.WriteLine("Machine: " + MachineInfo.Describe());
        Console.WriteLine();

        ServerProcess? app = null;
        try
        {
            Target target;
            if (options.AppUrl is { } url)
            {
                target = new Target("chattriage", url, options.AppPid);
            }
            else
            {
                app = await launcher.StartAppAsync(cancellationToken);
                target = new Target($"chattriage ({options.Storage})", app.BaseUrl, app.Pid);
                Console.WriteLine($"Started ChatTriage at {app.BaseUrl} (pid {app.Pid}, folder {app.Folder}); RSS after start {Rss(app.Pid)}");
                Console.WriteLine();
            }

            var all = options.Mode == HarnessMode.All;
            if (all || options.Mode == HarnessMode.FirstTurn)
            {
                await FirstTurnAsync(launcher, target, journeys, cancellationToken);
            }

            if (all || options.Mode == HarnessMode.Latency)
            {
                Add(await LatencyPhase.RunAsync(target, journeys, options, cancellationToken));
            }

            if (all || options.Mode == HarnessMode.DirectLine)
            {
                Add(await DirectLinePhase.RunAsync(target, journeys, options, cancellationToken));
            }

            if (all || options.Mode == HarnessMode.Idle)
            {
                Add(await IdleChatsPhase.RunAsync(target, options, cancellationToken));
            }

            if (app is not null && app.HasExited)
            {
                Console.WriteLine($"ChatTriage exited during the run with code {app.ExitCode}. Its output:\n" + app.Tail(40));
                return 1;
            }
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
                if (!options.KeepData)
                {
                    TryDelete(runFolder);
                }
                else
                {
                    Console.WriteLine("Kept " + runFolder);
                }
            }
        }

        Judge();
        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static string Rss(int pid) => ProcessMemory.Read(pid) is { } m ? ProcessMemory.Megabytes(m.RssBytes) : "unknown";

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still holds a file: the temp folder is cleaned by the system later.
        }
    }

    private async Task FirstTurnAsync(ServerLauncher launcher, Target app, IReadOnlyList<Journey> journeys, CancellationToken cancellationToken)
    {
        var appMessages = journeys.Select(j => new FirstTurnMessage(j.Steps[0].Say, j.Steps[0].Expect)).ToList();
        var echoMessages = appMessages.Select(m => new FirstTurnMessage(m.Text, Channels.ReplyExpectation.Of("You said: " + m.Text))).ToList();
        foreach (var (state, url) in new[] { ("None", options.EchoUrl), ("Memory", options.EchoMemoryUrl) })
        {
            if (url is not null)
            {
                Add(await FirstTurnPhase.RunAsync(new Target($"echo ({state})", url, null), echoMessages, options, cancellationToken));
                continue;
            }

            if (options.NoEcho || (options.AppUrl is not null && options.EchoDll is null))
            {
                continue; // A running app without an echo bot to compare with: measure the app alone.
            }

            await using var echo = await launcher.StartEchoAsync(state, cancellationToken);
            Add(await FirstTurnPhase.RunAsync(new Target($"echo ({state})", echo.BaseUrl, echo.Pid), echoMessages, options, cancellationToken));
        }

        Add(await FirstTurnPhase.RunAsync(app, appMessages, options, cancellationToken));
    }

    private void Add(PhaseResult result)
    {
        results.Add(result);
        ResultPrinter.Print(result, MachineInfo.LoadAverage());
    }

    private void Judge()
    {
        Console.WriteLine($"Targets (load average now {MachineInfo.LoadAverage()}; on 2 cores shared with other work, figures are pessimistic):");
        var app = results.FirstOrDefault(r => r.Phase == "first-turn" && r.Target.StartsWith("chattriage", StringComparison.Ordinal));
        foreach (var echo in results.Where(r => r.Phase == "first-turn" && r.Target.StartsWith("echo", StringComparison.Ordinal)))
        {
            if (app is null || echo.TurnsPerSecond <= 0)
            {
                continue;
            }

            var ratio = app.TurnsPerSecond / echo.TurnsPerSecond;
            ResultPrinter.Verdict(
                $"first-turn throughput ≥ {ThroughputRatioTarget:0.00} × {echo.Target}",
                app.Errors == 0 && echo.Errors == 0 ? ratio >= ThroughputRatioTarget : false,
                Invariant($"{app.TurnsPerSecond:0.0} / {echo.TurnsPerSecond:0.0} turns/s = {ratio:0.00} ×"));
        }

        if (results.FirstOrDefault(r => r.Phase == "latency") is { } latency)
        {
            ResultPrinter.Verdict(
                $"p99 turn latency ≤ {P99TargetMs:0} ms at 64 connections",
                options.Concurrency == 64 && options.LatencyThinkTime == TimeSpan.Zero ? latency.Errors == 0 && latency.Latency.P99 <= P99TargetMs : null,
                Invariant($"p99 {latency.Latency.P99:0.0} ms at {options.Concurrency} connections ({options.LatencyThinkTime.TotalMilliseconds:0} ms pauses), {latency.Errors} errors"));
        }

        if (results.FirstOrDefault(r => r.Phase == "directline") is { } directLine)
        {
            ResultPrinter.Verdict(
                $"≥ {ResidentsTarget} residents at once through Direct Line with no errors",
                options.Residents >= ResidentsTarget ? directLine.Errors == 0 : null,
                $"{options.Residents} residents, {directLine.Errors} errors");
        }

        if (results.FirstOrDefault(r => r.Phase == "idle") is { } idle)
        {
            ResultPrinter.Verdict(
                $"{ChatsTarget} open web chats in ≤ {IdleMemoryTargetBytes / 1024 / 1024} MB",
                options.Chats >= ChatsTarget && idle.EndRssBytes is { } end ? idle.Errors == 0 && end <= IdleMemoryTargetBytes : null,
                $"{options.Chats} chats, server RSS {(idle.EndRssBytes is { } rss ? ProcessMemory.Megabytes(rss) : "unknown (no pid)")}, {idle.Errors} errors");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
