using System.Text.Json;
using ChatTriage.Bot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Playwright;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>
/// The agent console in Debian's Chromium (/usr/bin/chromium) driven by Playwright. Without Chromium these
/// tests fail; they never skip. Screenshots go to tests/ChatTriage.Web.Tests/TestResults/agents.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AgentConsoleBrowserTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string XssText = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

    private readonly AgentsBrowserHost host = new();
    private IPlaywright? playwright;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: install it with 'apt-get install -y chromium'.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await browser.CloseAsync();
        playwright?.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task AnAgentSignsInAcceptsRepliesAndCloses()
    {
        var page = await OpenAsync();
        var errors = Errors(page);
        await SignInAsync(page, "sam", AgentsTestHost.SamPassword);
        await host.EnqueueAsync("Neighbour's shed broken into overnight", """{"what":"Shed broken into","when":"Last night","where":"Hitchin","contact":"Phone after 6pm"}""");
        var urgent = await host.EnqueueAsync("Ex-partner keeps turning up at the door", """{"what":"Unwanted visits","where":"Stevenage"}""");
        await host.Queue.MarkUrgentAsync(urgent.ConversationId, "threat of violence");
        await host.Monitor.RefreshAsync();

        var first = page.Locator("#waitingList li").First;
        await Assertions.Expect(first).ToContainTextAsync("URGENT: threat of violence");
        await Assertions.Expect(page.Locator("#waitingList li")).ToHaveCountAsync(2);
        await Screenshot(page, "queue");

        await first.GetByRole(AriaRole.Button, new() { Name = "Accept chat" }).ClickAsync();
        await Assertions.Expect(page.Locator("#chatHeading")).ToHaveTextAsync("Share information");
        await Assertions.Expect(page.Locator("#chatUrgent")).ToContainTextAsync("threat of violence");
        await AgentHubTests.RelayAsync(host, (await host.Queue.GetAsync(urgent.Id))!, MessageFactory.Text("He is outside again now"));
        await Assertions.Expect(page.Locator("#lines .line.resident")).ToContainTextAsync("He is outside again now");

        await page.Locator("#message").FillAsync("If you are in danger now, please call 999.");
        await page.Locator("#sendButton").ClickAsync();
        await Assertions.Expect(page.Locator("#lines .line.agent")).ToContainTextAsync("please call 999");
        Assert.Contains("If you are in danger now, please call 999.", host.Messenger.TextsTo(urgent.ConversationId));
        await Screenshot(page, "chat");

        await page.Locator("#outcome").SelectOptionAsync("referred-999");
        await page.Locator("#closeButton").ClickAsync();
        await Assertions.Expect(page.Locator("#chatMeta")).ToContainTextAsync("Closed");
        Assert.Equal(HandoffStatus.Closed, (await host.Queue.GetAsync(urgent.Id))!.Status);
        Assert.Contains("Sam has left the chat.", host.Messenger.TextsTo(urgent.ConversationId));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task WhatAResidentTypedRendersAsInertText()
    {
        var page = await OpenAsync();
        var errors = Errors(page);
        await SignInAsync(page, "sam", AgentsTestHost.SamPassword);
        var ticket = await host.EnqueueAsync(XssText, JsonSerializer.Serialize(new { what = XssText }));
        await host.Monitor.RefreshAsync();

        await page.Locator("#waitingList li").First.GetByRole(AriaRole.Button, new() { Name = "Accept chat" }).ClickAsync();
        await Assertions.Expect(page.Locator("#chatMeta")).ToContainTextAsync("with Sam");
        await AgentHubTests.RelayAsync(host, (await host.Queue.GetAsync(ticket.Id))!, MessageFactory.Text(XssText));
        await Assertions.Expect(page.Locator("#lines .line.resident")).ToContainTextAsync(XssText);

        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync(XssText);
        await Assertions.Expect(page.Locator("#chatMeta")).ToContainTextAsync(XssText);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task TheSupervisorViewShowsAgentsAndTodaysFigures()
    {
        var agentPage = await OpenAsync();
        await SignInAsync(agentPage, "sam", AgentsTestHost.SamPassword);
        var ticket = await host.EnqueueAsync("Cold callers selling roofing", """{"what":"Doorstep sellers"}""");
        var closedTicket = await host.EnqueueAsync("Lost wallet", "{}");
        await host.Queue.TryAcceptAsync(ticket.Id, "sam", "Sam", 3);
        await host.Queue.TryAcceptAsync(closedTicket.Id, "sam", "Sam", 3);
        await host.Queue.EndAsync(closedTicket.Id, HandoffStatus.Closed, "advice-given");
        await host.EnqueueAsync("Suspicious van parked for days", "{}");

        var page = await OpenAsync();
        var errors = Errors(page);
        await SignInAsync(page, "priya", AgentsTestHost.PriyaPassword);
        await page.GotoAsync("/agent/supervisor");

        await Assertions.Expect(page.Locator("#agentsBody")).ToContainTextAsync("Cold callers selling roofing");
        await Assertions.Expect(page.Locator("#queueLength")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#outcomesChart svg text").First).ToHaveTextAsync("Advice given");
        await Screenshot(page, "supervisor");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task AxeFindsNoSeriousOrCriticalProblemsOnTheConsolePages()
    {
        var page = await OpenAsync(bypassCsp: true);
        await page.GotoAsync("/agent/signin");
        var problems = new List<string>(await AxeAsync(page));
        await SignInAsync(page, "priya", AgentsTestHost.PriyaPassword);
        var ticket = await host.EnqueueAsync();
        await host.Queue.MarkUrgentAsync(ticket.ConversationId, "weapon mentioned");
        await host.Monitor.RefreshAsync();
        await page.Locator("#waitingList li").First.GetByRole(AriaRole.Button, new() { Name = "Accept chat" }).ClickAsync();
        await Assertions.Expect(page.Locator("#chatHeading")).ToHaveTextAsync("Share information");
        problems.AddRange(await AxeAsync(page));
        await page.GotoAsync("/agent/supervisor");
        await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("Connected");
        problems.AddRange(await AxeAsync(page));

        Assert.Empty(problems);
    }

    private static async Task<IEnumerable<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxePath });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => location.pathname + ' ' + v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private async Task<IPage> OpenAsync(bool bypassCsp = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "en-GB",
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    private static List<string> Errors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text + " at " + message.Location);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/agent");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("Connected");
    }

    private static Task Screenshot(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ResultsDirectory, name + ".png"), FullPage = false });

    private static string RepoRoot => RepoPaths.Root;


    private static string ResultsDirectory
        => Directory.CreateDirectory(Path.Combine(RepoRoot, "tests", "ChatTriage.Web.Tests", "TestResults", "agents")).FullName;

    private static string AxePath => Path.Combine(RepoRoot, "src", "ChatTriage.Web", "node_modules", "axe-core", "axe.min.js");
}
