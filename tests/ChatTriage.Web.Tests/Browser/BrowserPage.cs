using Microsoft.Playwright;

namespace ChatTriage.Web.Tests.Browser;

/// <summary>One resident's browser tab: records console errors and CSP violations, screenshots on failure.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add(error);
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<BrowserPage> OpenAsync(BrowserFixture fixture, int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
            Locale = "en-GB",
        });
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    public Task ExpectTextAsync(string text) =>
        Assertions.Expect(Page.GetByText(text, new PageGetByTextOptions { Exact = true }).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });

    /// <summary>Runs a test's steps; on failure saves a screenshot in TestResults/browser and rethrows.</summary>
    public async Task RunAsync(string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ResultsDirectory, name + ".failed.png"), FullPage = true });
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
