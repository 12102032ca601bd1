using BenchmarkDotNet.Attributes;
using ChatTriage.Bot;
using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Emergency;
using ChatTriage.Bot.Handoff;
using ChatTriage.Storage.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatTriage.Benchmarks;

/// <summary>
/// One bot turn in memory: the real TriageBot as the app registers it (AddChatTriageBot over the Memory storage
/// provider) behind the 999 interrupt, driven by TestAdapter. No HTTP, no database: this is the bot's own cost
/// per message, to set beside the harness's end-to-end figures.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private ServiceProvider services = null!;
    private IBot bot = null!;
    private IStorage storage = null!;
    private EmergencyMiddleware emergency = null!;
    private TestAdapter ongoing = null!;
    private int conversations;

    [GlobalSetup]
    public void Setup()
    {
        var dialogs = BenchmarkPaths.Dialogs();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Memory",
                ["Triage:OpeningHours"] = "00:00-23:59",
            })
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddChatTriageStorage(configuration);
        collection.AddChatTriageBot(configuration, dialogs);
        services = collection.BuildServiceProvider();
        bot = services.GetRequiredService<IBot>();
        storage = services.GetRequiredService<IStorage>();
        emergency = new EmergencyMiddleware(
            EmergencyContent.Load(dialogs),
            services.GetRequiredService<IHandoffQueue>(),
            services.GetRequiredService<IAuditLog>(),
            TimeProvider.System,
            NullLogger<EmergencyMiddleware>.Instance,
            services.GetRequiredService<ConversationState>());

        ongoing = NewAdapter("ongoing");
        Expect(ongoing, "noise next door", "local council");
        Expect(ongoing, "yes", "What do you need help with");
        Expect(ongoing, "noise next door", "local council");
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    /// <summary>A new conversation's first message, routed to step 1 and answered (then its state is dropped, so memory stays flat).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> FirstTurnOfANewConversation()
    {
        var adapter = NewAdapter("c" + Interlocked.Increment(ref conversations).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var replies = await Say(adapter, "noise next door");
        await storage.DeleteAsync([$"test/conversations/{adapter.Conversation.Conversation.Id}"]);
        return replies;
    }

    /// <summary>Two turns in a running conversation: "yes" (something else) and a routed question, with state read and written each time.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public async Task<int> TurnsInAnOngoingConversation() =>
        await Say(ongoing, "yes") + await Say(ongoing, "noise next door");

    /// <summary>Checks the script still follows the dialogs, so the benchmark never times an error path.</summary>
    private void Expect(TestAdapter adapter, string text, string keyword)
    {
        adapter.ProcessActivityAsync((Activity)MessageFactory.Text(text), bot.OnTurnAsync, CancellationToken.None).GetAwaiter().GetResult();
        var replies = adapter.ActiveQueue.Select(a => a.Text ?? string.Empty).ToList();
        adapter.ActiveQueue.Clear();
        if (!replies.Any(r => r.Contains(keyword, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"After '{text}' expected '{keyword}', got: {string.Join(" / ", replies)}");
        }
    }

    private TestAdapter NewAdapter(string conversationId)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId));
        adapter.Use(emergency);
        return adapter;
    }

    private async Task<int> Say(TestAdapter adapter, string text)
    {
        await adapter.ProcessActivityAsync((Activity)MessageFactory.Text(text), bot.OnTurnAsync, CancellationToken.None);
        var count = adapter.ActiveQueue.Count;
        adapter.ActiveQueue.Clear();
        return count;
    }
}
