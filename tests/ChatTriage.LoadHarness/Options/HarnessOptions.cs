using System.Globalization;

namespace ChatTriage.LoadHarness.Options;

/// <summary>The command line, parsed and checked. Every loop the harness runs is bounded by these counts and times.</summary>
public sealed class HarnessOptions
{
    public HarnessMode Mode { get; private set; } = HarnessMode.All;

    /// <summary>A ChatTriage already running on 127.0.0.1; when null the harness starts one itself.</summary>
    public Uri? AppUrl { get; private set; }

    /// <summary>Process id of an already running app, for its memory; known anyway when the harness starts it.</summary>
    public int? AppPid { get; private set; }

    public Uri? EchoUrl { get; private set; }

    public Uri? EchoMemoryUrl { get; private set; }

    public string? AppDll { get; private set; }

    public string? AppContentRoot { get; private set; }

    public string? EchoDll { get; private set; }

    public string Storage { get; private set; } = "Sqlite";

    public string? PostgresConnection { get; private set; }

    /// <summary>Extra configuration for an app the harness starts, as KEY=VALUE.</summary>
    public List<string> AppSettings { get; } = [];

    /// <summary>DOTNET_gcServer for started servers: null leaves the app's own choice.</summary>
    public bool? ServerGc { get; private set; }

    public int Concurrency { get; private set; } = 64;

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(5);

    /// <summary>Pause between a connection's messages in the latency mode: zero (back to back) is the strict reading.</summary>
    public TimeSpan LatencyThinkTime { get; private set; } = TimeSpan.Zero;

    public int Residents { get; private set; } = 500;

    public TimeSpan Ramp { get; private set; } = TimeSpan.FromSeconds(10);

    public TimeSpan ThinkTime { get; private set; } = TimeSpan.FromMilliseconds(1500);

    public int Chats { get; private set; } = 1000;

    public TimeSpan Hold { get; private set; } = TimeSpan.FromSeconds(20);

    public int OpenConcurrency { get; private set; } = 32;

    public TimeSpan TurnTimeout { get; private set; } = TimeSpan.FromSeconds(30);

    public long MaxTurns { get; private set; } = 1_000_000;

    public TimeSpan MaxRun { get; private set; } = TimeSpan.FromMinutes(20);

    public IReadOnlyList<string> Journeys { get; private set; } = [];

    public bool KeepData { get; private set; }

    /// <summary>First-turn measures ChatTriage alone, without the echo bots.</summary>
    public bool NoEcho { get; private set; }

    public static string Usage =>
        """
        Usage: ChatTriage.LoadHarness [all|first-turn|latency|directline|idle] [options]   (see README.md)
          --app-url URL             use a running ChatTriage on 127.0.0.1 instead of starting one
          --app-pid PID             its process id, to read its memory from /proc/PID/status
          --echo-url URL            a running echo bot (no state); --echo-memory-url URL: with MemoryStorage state
          --app-dll PATH            default src/ChatTriage.Web/bin/Release/net10.0/ChatTriage.Web.dll
          --app-content-root PATH   default src/ChatTriage.Web
          --echo-dll PATH           default tests/ChatTriage.EchoBot/bin/Release/net10.0/ChatTriage.EchoBot.dll
          --storage Sqlite|Memory|Postgres   state store of a started app (default Sqlite, in a temp folder)
          --postgres CONNSTRING     with --storage Postgres
          --set KEY=VALUE           extra configuration for a started app (repeatable)
          --server-gc on|off        DOTNET_gcServer for started servers (default: the app's own setting)
          --concurrency N           connections for first-turn and latency (default 64)
          --duration S              measured seconds per target in first-turn and latency (default 20)
          --warmup S                unmeasured seconds before each (default 5)
          --latency-think-ms MS     pause between messages in latency mode (default 0: back to back)
          --residents N             Direct Line residents at once (default 500)
          --ramp S                  seconds over which they arrive (default 10)
          --think-ms MS             pause between a resident's messages (default 1500)
          --chats N                 idle web chats to hold open (default 1000)
          --hold S                  seconds to hold them (default 20)
          --open-concurrency N      chats opened at a time (default 32)
          --turn-timeout S          longest wait for one reply (default 30)
          --max-turns N             cap on turns per phase (default 1000000)
          --max-minutes M           cap on the whole run (default 20)
          --journeys LIST           comma list of crime,service,online,handoff (default all four)
          --no-echo                 first-turn measures ChatTriage alone
          --keep-data               keep the started app's temp folder (logs, SQLite file)
        """;

    public static HarnessOptions Parse(IReadOnlyList<string> args)
    {
        var o = new HarnessOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                o.Mode = arg.ToLowerInvariant() switch
                {
                    "all" => HarnessMode.All,
                    "first-turn" => HarnessMode.FirstTurn,
                    "latency" => HarnessMode.Latency,
                    "directline" => HarnessMode.DirectLine,
                    "idle" => HarnessMode.Idle,
                    _ => throw new ArgumentException($"Unknown mode '{arg}'."),
                };
                continue;
            }

            if (arg == "--keep-data")
            {
                o.KeepData = true;
                continue;
            }

            if (arg == "--no-echo")
            {
                o.NoEcho = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{arg} needs a value.");
            }

            var value = args[++i];
            switch (arg)
            {
                case "--app-url": o.AppUrl = Loopback(value, arg); break;
                case "--app-pid": o.AppPid = Int(value, arg, 1, int.MaxValue); break;
                case "--echo-url": o.EchoUrl = Loopback(value, arg); break;
                case "--echo-memory-url": o.EchoMemoryUrl = Loopback(value, arg); break;
                case "--app-dll": o.AppDll = value; break;
                case "--app-content-root": o.AppContentRoot = value; break;
                case "--echo-dll": o.EchoDll = value; break;
                case "--storage": o.Storage = OneOf(value, arg, "Sqlite", "Memory", "Postgres"); break;
                case "--postgres": o.PostgresConnection = value; break;
                case "--set": o.AppSettings.Add(value.Contains('=', StringComparison.Ordinal) ? value : throw new ArgumentException("--set needs KEY=VALUE.")); break;
                case "--server-gc": o.ServerGc = OneOf(value, arg, "on", "off") == "on"; break;
                case "--concurrency": o.Concurrency = Int(value, arg, 1, 4096); break;
                case "--duration": o.Duration = Seconds(value, arg, 1, 3600); break;
                case "--warmup": o.Warmup = Seconds(value, arg, 0, 600); break;
                case "--latency-think-ms": o.LatencyThinkTime = TimeSpan.FromMilliseconds(Int(value, arg, 0, 60_000)); break;
                case "--residents": o.Residents = Int(value, arg, 1, 10_000); break;
                case "--ramp": o.Ramp = Seconds(value, arg, 0, 600); break;
                case "--think-ms": o.ThinkTime = TimeSpan.FromMilliseconds(Int(value, arg, 0, 60_000)); break;
                case "--chats": o.Chats = Int(value, arg, 1, 10_000); break;
                case "--hold": o.Hold = Seconds(value, arg, 0, 3600); break;
                case "--open-concurrency": o.OpenConcurrency = Int(value, arg, 1, 1024); break;
                case "--turn-timeout": o.TurnTimeout = Seconds(value, arg, 1, 600); break;
                case "--max-turns": o.MaxTurns = Int(value, arg, 1, int.MaxValue); break;
                case "--max-minutes": o.MaxRun = TimeSpan.FromMinutes(Int(value, arg, 1, 600)); break;
                case "--journeys": o.Journeys = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                default: throw new ArgumentException($"Unknown option '{arg}'.");
            }
        }

        if (o.Storage == "Postgres" && o.AppUrl is null && string.IsNullOrWhiteSpace(o.PostgresConnection))
        {
            throw new ArgumentException("--storage Postgres needs --postgres CONNSTRING.");
        }

        return o;
    }

    /// <summary>The harness only ever talks to this machine.</summary>
    public static Uri Loopback(string value, string what)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "ws"))
        {
            throw new ArgumentException($"{what}: '{value}' is not an http:// URL.");
        }

        if (uri.Host is not ("127.0.0.1" or "localhost" or "[::1]"))
        {
            throw new ArgumentException($"{what}: only 127.0.0.1 (or localhost) targets are allowed, not '{uri.Host}'.");
        }

        return uri;
    }

    private static int Int(string value, string what, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{what} must be a whole number from {min} to {max}, not '{value}'.");

    private static TimeSpan Seconds(string value, string what, int min, int max) => TimeSpan.FromSeconds(Int(value, what, min, max));

    private static string OneOf(string value, string what, params string[] allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"{what} must be one of {string.Join(", ", allowed)}, not '{value}'.");
}
