using BenchmarkDotNet.Attributes;
using ChatTriage.Storage.Data;
using ChatTriage.Storage.Migrations;
using ChatTriage.Storage.Postgres;
using ChatTriage.Storage.Sqlite;
using ChatTriage.Storage.State;

namespace ChatTriage.Benchmarks;

/// <summary>
/// The state round trip of every turn on the durable stores: read the conversation's state, then write it back
/// (what ConversationState does around a turn). SQLite in a temp file; PostgreSQL from the connection string in
/// CHATTRIAGE_TEST_POSTGRES (see .ci/services.sh), left out with a message when that is not set.
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    public const string PostgresVariable = "CHATTRIAGE_TEST_POSTGRES";

    private RelationalDatabase database = null!;
    private SqlStorage storage = null!;
    private string folder = string.Empty;
    private string[] keys = [];
    private int next;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    public static IEnumerable<string> Providers()
    {
        yield return "Sqlite";
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            Console.WriteLine($"StorageBenchmarks: PostgreSQL skipped, {PostgresVariable} is not set (source .ci/services.sh to set it).");
        }
        else
        {
            yield return "Postgres";
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        if (Provider == "Postgres")
        {
            database = new PostgresDatabase(Environment.GetEnvironmentVariable(PostgresVariable)!);
        }
        else
        {
            folder = Path.Combine(Path.GetTempPath(), "chattriage-bench-" + Guid.NewGuid().ToString("N"));
            database = new SqliteDatabase("Data Source=" + Path.Combine(folder, "state.db"));
        }

        new SqlMigrator(database).MigrateAsync().GetAwaiter().GetResult();
        storage = new SqlStorage(database);

        // 256 conversations, each already holding a typical mid-conversation state.
        var run = Guid.NewGuid().ToString("N")[..8];
        keys = Enumerable.Range(0, 256).Select(i => $"bench/conversations/{run}-{i}").ToArray();
        foreach (var key in keys)
        {
            storage.WriteAsync(new Dictionary<string, object> { [key] = TypicalState() }).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        storage.DeleteAsync(keys).GetAwaiter().GetResult();
        (database as IDisposable)?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (folder.Length > 0)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One turn's state traffic: read the conversation's state, change it, write it back with its ETag.</summary>
    [Benchmark]
    public async Task<int> ReadThenWriteState()
    {
        var key = keys[Interlocked.Increment(ref next) % keys.Length];
        var read = await storage.ReadAsync([key]);
        var state = read[key];
        await storage.WriteAsync(new Dictionary<string, object> { [key] = state });
        return read.Count;
    }

    [Benchmark]
    public async Task<int> ReadState()
    {
        var key = keys[Interlocked.Increment(ref next) % keys.Length];
        return (await storage.ReadAsync([key])).Count;
    }

    /// <summary>Roughly what ConversationState holds mid-report: a dialog stack with a few prompts' state and a draft.</summary>
    private static Dictionary<string, object> TypicalState() => new()
    {
        ["DialogState"] = new Dictionary<string, object>
        {
            ["dialogStack"] = Enumerable.Range(0, 4).Select(i => new Dictionary<string, object>
            {
                ["id"] = "dialog-" + i,
                ["state"] = new Dictionary<string, object>
                {
                    ["stepIndex"] = (long)i,
                    ["values"] = new Dictionary<string, object> { ["draft"] = new string('x', 300) },
                    ["options"] = new Dictionary<string, object> { ["text"] = "my bike got nicked" },
                },
            }).ToList(),
        },
        ["ETag"] = "*",
    };
}
