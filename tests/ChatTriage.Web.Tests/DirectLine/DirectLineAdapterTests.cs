using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatTriage.Web.Tests.DirectLine;

public sealed class DirectLineAdapterTests
{
    [Fact]
    public async Task TurnsOfOneConversationRunOneAtATime()
    {
        var probe = new ConcurrencyProbeBot();
        await using var server = new DirectLineServer();
        server.ExtraServices = services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot>(probe);
        };
        var client = new DirectLineClient(server.Http());
        await client.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.PostMessageAsync($"m{i}")));
        var activities = await client.WaitForActivitiesAsync(a => a.Count(x => DirectLineClient.TextOf(x).StartsWith("done", StringComparison.Ordinal)) == 6);

        Assert.Equal(1, probe.MostAtOnce);
        Assert.Equal(12, activities.Count);
    }

    [Fact]
    public async Task MiddlewareFromDependencyInjectionRunsInRegistrationOrder()
    {
        var order = new List<string>();
        await using var server = new DirectLineServer();
        server.ExtraServices = services =>
        {
            services.AddSingleton<IMiddleware>(new RecordingMiddleware("first", order));
            services.AddSingleton<IMiddleware>(new RecordingMiddleware("second", order));
        };
        var client = new DirectLineClient(server.Http());
        await client.StartAsync();
        order.Clear();

        await client.PostMessageAsync("hello");

        Assert.Equal(["first", "second"], order);
    }

    private sealed class RecordingMiddleware(string name, List<string> order) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            lock (order)
            {
                order.Add(name);
            }

            return next(cancellationToken);
        }
    }
}
