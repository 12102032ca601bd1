using System.Net;

namespace ChatTriage.Web.Tests.Agents;

public sealed class AgentSignInTests
{
    [Fact]
    public async Task TheRightPasswordSignsInAndOpensTheConsole()
    {
        await using var host = new AgentsTestHost();

        var cookie = await host.SignInAsync("sam", AgentsTestHost.SamPassword);
        var console = await host.ClientWithCookie(cookie).GetAsync("/agent");

        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("Waiting", await console.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAPlainMessage()
    {
        await using var host = new AgentsTestHost();

        var (response, _) = await host.PostSignInAsync("sam", "wrong");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("problem=failed", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("ChatTriage.Agent=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFormIsRefusedWithoutItsAntiForgeryToken()
    {
        await using var host = new AgentsTestHost();

        var (response, _) = await host.PostSignInAsync("sam", AgentsTestHost.SamPassword, withToken: false);

        Assert.Contains("problem=expired", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("ChatTriage.Agent=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilFifteenMinutesPass()
    {
        await using var host = new AgentsTestHost();
        for (var i = 0; i < 5; i++)
        {
            await host.PostSignInAsync("sam", "wrong-" + i);
        }

        var (locked, _) = await host.PostSignInAsync("sam", AgentsTestHost.SamPassword);
        host.Time.Advance(TimeSpan.FromMinutes(15));
        var (afterLock, _) = await host.PostSignInAsync("sam", AgentsTestHost.SamPassword);

        Assert.Contains("problem=locked", locked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/agent", afterLock.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/agent")]
    [InlineData("//evil.example/agent")]
    [InlineData("/agent/../admin")]
    public async Task SignInNeverRedirectsOffTheConsole(string returnUrl)
    {
        await using var host = new AgentsTestHost();
        var client = host.CreateClient();

        var form = await client.GetStringAsync("/agent/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.DoesNotContain("evil.example", form, StringComparison.Ordinal);
        Assert.DoesNotContain("admin", form, StringComparison.Ordinal);
    }
}
