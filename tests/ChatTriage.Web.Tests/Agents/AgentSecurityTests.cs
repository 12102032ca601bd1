using System.Net;
using System.Net.Http.Headers;
using ChatTriage.Web.Agents.Floor;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatTriage.Web.Tests.Agents;

public sealed class AgentSecurityTests : IClassFixture<AgentsTestHost>
{
    private readonly AgentsTestHost host;

    public AgentSecurityTests(AgentsTestHost host) => this.host = host;

    [Theory]
    [InlineData("/agent")]
    [InlineData("/agent/supervisor")]
    public async Task PagesSendAnonymousVisitorsToTheSignInForm(string path)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/agent/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/agent/api/queue")]
    [InlineData("/agent/api/floor")]
    public async Task TheApiRefusesAnonymousCallers(string path)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheHubRefusesAnonymousConnections()
    {
        var error = await Assert.ThrowsAnyAsync<HttpRequestException>(() => host.ConnectAsync(cookie: null));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task ABearerTokenSuchAsADirectLineTokenReachesNothing()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJjb252IjoiYWJjIn0.c2lnbmF0dXJl");

        var queue = await client.GetAsync("/agent/api/queue");
        var negotiate = await client.PostAsync("/agent/hub/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
    }

    [Fact]
    public async Task AnAgentCannotSeeSupervisorData()
    {
        var cookie = await host.SignInAsync("sam", AgentsTestHost.SamPassword);
        var client = host.ClientWithCookie(cookie);
        await using var hub = await host.ConnectAsync(cookie);

        var floor = await client.GetAsync("/agent/api/floor");
        var page = await client.GetAsync("/agent/supervisor");
        var hubError = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<FloorSummary>("GetFloor"));

        Assert.Equal(HttpStatusCode.Forbidden, floor.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("unauthorized", hubError.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ASupervisorSeesTheFloor()
    {
        var cookie = await host.SignInAsync("priya", AgentsTestHost.PriyaPassword);
        await using var hub = await host.ConnectAsync(cookie);

        var floor = await hub.InvokeAsync<FloorSummary>("GetFloor");
        var page = await host.ClientWithCookie(cookie).GetAsync("/agent/supervisor");

        Assert.Contains(floor.Agents, a => a.DisplayName == "Priya" && a.Online);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ConsolePagesCarryAStrictContentSecurityPolicy()
    {
        var cookie = await host.SignInAsync("sam", AgentsTestHost.SamPassword);

        var response = await host.ClientWithCookie(cookie).GetAsync("/agent");
        var signIn = await host.CreateClient().GetAsync("/agent/signin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var page in new[] { response, signIn })
        {
            var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
            Assert.StartsWith("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ThePagesAreNotServedAsPublicFiles()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/agent/assets/console.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
