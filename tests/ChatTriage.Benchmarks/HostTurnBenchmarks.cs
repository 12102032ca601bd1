using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using ChatTriage.Web.Agents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatTriage.Benchmarks;

/// <summary>
/// One first turn of a new conversation through the whole app, in process: POST /api/messages (expectReplies) on the
/// ASP.NET Core test server, so routing, the Bot Framework adapter, every middleware (outbox, transcript, 999, retry,
/// agents'), the stores and the serialisation of the replies are all in, and only the network is left out. Set beside
/// <see cref="DialogTurnBenchmarks"/> (the bot alone) it shows what the host costs per turn.
/// </summary>
[MemoryDiagnoser]
public class HostTurnBenchmarks
{
    private AppFactory app = null!;
    private HttpClient http = null!;
    private string folder = null!;
    private int conversations;

    [Params("Sqlite", "Memory")]
    public string Storage { get; set; } = "Sqlite";

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "chattriage-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        app = new AppFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = Storage,
            ["ConnectionStrings:Sqlite"] = "Data Source=" + Path.Combine(folder, "chattriage.db"),
            ["DirectLine:SigningKeyFile"] = Path.Combine(folder, "directline-signing-key"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        http = app.CreateClient();

        // The first turns compile and load everything: not part of any measurement.
        for (var i = 0; i < 20; i++)
        {
            FirstTurn().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        http.Dispose();
        app.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A new conversation's first message ("noise next door"): welcome, answer and its follow-up question come back.</summary>
    [Benchmark]
    public async Task<int> FirstTurn()
    {
        var id = "bench-" + Interlocked.Increment(ref conversations).ToString(CultureInfo.InvariantCulture);
        using var content = new StringContent(Activity(id), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Contains("local council", StringComparison.Ordinal)
            ? body.Length
            : throw new InvalidOperationException($"Unexpected answer {(int)response.StatusCode}: {body}");
    }

    private static string Activity(string conversationId) =>
        $$"""
        {"type":"message","id":"{{conversationId}}-1","timestamp":"{{DateTimeOffset.UtcNow:O}}","channelId":"emulator",
         "serviceUrl":"http://localhost/","locale":"en-GB","deliveryMode":"expectReplies",
         "from":{"id":"user-{{conversationId}}","role":"user"},"recipient":{"id":"bot","role":"bot"},
         "conversation":{"id":"{{conversationId}}"},"text":"noise next door","textFormat":"plain"}
        """;

    /// <summary>The app as Program builds it, its content root the web project (for dialogs/), with the given settings.</summary>
    private sealed class AppFactory(Dictionary<string, string?> settings) : WebApplicationFactory<AgentsOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(Path.Combine(Path.GetDirectoryName(BenchmarkPaths.Dialogs())!, "src", "ChatTriage.Web"));
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
