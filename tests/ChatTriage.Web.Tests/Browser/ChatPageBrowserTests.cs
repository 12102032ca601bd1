using System.Text.Json;
using ChatTriage.Web.Tests.DirectLine;
using Microsoft.Playwright;

namespace ChatTriage.Web.Tests.Browser;

/// <summary>The resident page in Chromium with the real Web Chat bundle. Filter with Category=Browser.</summary>
[Trait("Category", "Browser")]
public sealed class ChatPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ThePageLoadsAndGreetsWithoutScriptErrorsOrPolicyViolations()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(ThePageLoadsAndGreetsWithoutScriptErrorsOrPolicyViolations), async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);
            await Assertions.Expect(tab.Page.GetByText("In an emergency call 999")).ToBeVisibleAsync();

            Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
        });
    }

    [Fact]
    public async Task AResidentSendsAMessageAndSeesTheReply()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(AResidentSendsAMessageAndSeesTheReply), async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);

            await tab.SendAsync("Someone took my bike");

            await tab.ExpectTextAsync("You said: Someone took my bike");
            await Assertions.Expect(tab.Page.GetByText("Send failed", new PageGetByTextOptions { Exact = false })).ToHaveCountAsync(0);
            Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
        });
    }

    [Fact]
    public async Task AnEmergencyMessageShowsAsAnAlertWith999And101Links()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(AnEmergencyMessageShowsAsAnAlertWith999And101Links), async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);

            await tab.SendAsync("test-emergency");

            var alert = tab.Page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "call 999" });
            await Assertions.Expect(alert).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
            await Assertions.Expect(alert.Locator("a[href='tel:999']")).ToBeVisibleAsync();
            await Assertions.Expect(alert.Locator("a[href='tel:101']")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task LeavingTheSiteReplacesThePageAndForgetsTheChat()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(LeavingTheSiteReplacesThePageAndForgetsTheChat), async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);
            await tab.SendAsync("private words");
            await tab.ExpectTextAsync("You said: private words");

            await tab.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Leave this site" }).ClickAsync();
            await Assertions.Expect(tab.Page).ToHaveURLAsync("about:blank#left");
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);

            await Assertions.Expect(tab.Page.GetByText("You said: private words")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task PressingEscapeTwiceLeavesTheSite()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(PressingEscapeTwiceLeavesTheSite), async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);
            var stored = await StoredChatAsync(tab.Page);
            Assert.NotNull(stored);

            await tab.Page.Keyboard.PressAsync("Escape");
            await tab.Page.Keyboard.PressAsync("Escape");

            await Assertions.Expect(tab.Page).ToHaveURLAsync("about:blank#left");
        });
    }

    [Fact]
    public async Task ReloadingResumesTheSameConversationWithItsHistory()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(ReloadingResumesTheSameConversationWithItsHistory), async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);
            await tab.SendAsync("remember me");
            await tab.ExpectTextAsync("You said: remember me");
            var before = await StoredChatAsync(tab.Page);

            await tab.Page.ReloadAsync();
            await tab.ExpectTextAsync("You said: remember me");
            var after = await StoredChatAsync(tab.Page);

            Assert.Equal(before!.Value.GetProperty("conversationId").GetString(), after!.Value.GetProperty("conversationId").GetString());
            await tab.SendAsync("still here");
            await tab.ExpectTextAsync("You said: still here");
            Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
        });
    }

    [Fact]
    public async Task EndingTheChatForgetsItAndOffersANewOne()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(EndingTheChatForgetsItAndOffersANewOne), async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);

            await tab.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "End chat" }).ClickAsync();

            Assert.Null(await StoredChatAsync(tab.Page));
            var startNew = tab.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Start a new chat" });
            await Assertions.Expect(startNew).ToBeFocusedAsync();
            await startNew.ClickAsync();
            await tab.ExpectTextAsync(TestBot.Greeting);
        });
    }

    [Fact]
    public async Task AForceWebsiteEmbedsTheChatWithOneScript()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(AForceWebsiteEmbedsTheChatWithOneScript), async () =>
        {
            await tab.Page.GotoAsync("/embed-example.html");

            var open = tab.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chat with us" });
            await open.ClickAsync();

            await Assertions.Expect(open).ToHaveAttributeAsync("aria-expanded", "true");
            var frame = tab.Page.FrameLocator("iframe[title='Police chat']");
            await Assertions.Expect(frame.GetByText(TestBot.Greeting).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ResultsDirectory, "embed-example.png") });
            Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
        });
    }

    [Fact]
    public async Task LeavingFromTheEmbeddedChatReplacesTheWholeForcePage()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(LeavingFromTheEmbeddedChatReplacesTheWholeForcePage), async () =>
        {
            await tab.Page.GotoAsync("/embed-example.html");
            await tab.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chat with us" }).ClickAsync();
            var frame = tab.Page.FrameLocator("iframe[title='Police chat']");
            await Assertions.Expect(frame.GetByText(TestBot.Greeting).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });

            await frame.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Leave this site" }).ClickAsync();

            await Assertions.Expect(tab.Page).ToHaveURLAsync("about:blank#left");
        });
    }

    [Theory]
    [InlineData(375, 812)]
    [InlineData(1280, 900)]
    public async Task AxeFindsNoSeriousAccessibilityProblems(int width, int height)
    {
        await using var tab = await BrowserPage.OpenAsync(fixture, width, height, bypassCsp: true);
        await tab.RunAsync($"{nameof(AxeFindsNoSeriousAccessibilityProblems)}-{width}", async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);
            await tab.SendAsync("test-emergency");
            await Assertions.Expect(tab.Page.GetByRole(AriaRole.Alert).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });

            await tab.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxePath });
            var result = await tab.Page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })).violations" +
                ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
                ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

            Assert.Empty(result.EnumerateArray().Select(v => v.GetString()));
        });
    }

    [Theory]
    [InlineData(375, 812, "phone")]
    [InlineData(1280, 900, "desktop")]
    public async Task ThePageFitsThe375PixelPhoneAndTheDesktop(int width, int height, string name)
    {
        await using var tab = await BrowserPage.OpenAsync(fixture, width, height);
        await tab.RunAsync($"fit-{name}", async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);
            await tab.SendAsync("test-emergency");
            await Assertions.Expect(tab.Page.GetByRole(AriaRole.Alert).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ResultsDirectory, $"page-{name}.png"), FullPage = true });

            var scrollWidth = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide at {width} px");
        });
    }

    [Fact]
    public async Task TheLeaveButtonAndTheSendBoxCanBeReachedByKeyboard()
    {
        await using var tab = await BrowserPage.OpenAsync(fixture);
        await tab.RunAsync(nameof(TheLeaveButtonAndTheSendBoxCanBeReachedByKeyboard), async () =>
        {
            await tab.Page.GotoAsync("/");
            await tab.ExpectTextAsync(TestBot.Greeting);

            await tab.Page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(tab.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Leave this site" })).ToBeFocusedAsync();
            var reached = false;
            for (var i = 0; i < 30 && !reached; i++)
            {
                await tab.Page.Keyboard.PressAsync("Tab");
                reached = await tab.SendBox.EvaluateAsync<bool>("e => e === document.activeElement");
            }

            Assert.True(reached, "Tab never reached the send box");
        });
    }

    private static string AxePath => Path.Combine(RepoPaths.Root, "src", "ChatTriage.Web", "node_modules", "axe-core", "axe.min.js");


    private static async Task<JsonElement?> StoredChatAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string?>("() => localStorage.getItem('chattriage.chat')");
        return json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
    }
}
