using System.Collections.Concurrent;
using ChatTriage.Web.Agents.Hub;
using ChatTriage.Web.Tests.DirectLine;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>A resident on the real Direct Line channel and an agent on the hub, end to end (no recording fakes).</summary>
public sealed class DirectLineHandoffTests
{
    [Fact]
    public async Task AResidentOnDirectLineIsQueuedJoinedAnsweredClosedAndAskedForFeedback()
    {
        await using var host = new AgentsTestHost { RealMessenger = true };
        host.ExtraServices = services =>
        {
            services.RemoveAll<IBot>();
            services.AddTransient<IBot, HandoffTestBot>();
        };
        var resident = new DirectLineClient(host.CreateClient());
        await resident.StartAsync();
        await using var sam = await host.ConnectAsAsync("sam");
        var lines = new ConcurrentQueue<ChatLine>();
        sam.On<ChatLine>("ChatLine", lines.Enqueue);

        await resident.PostMessageAsync("person");
        await host.Monitor.RefreshAsync();
        await WaitForTextAsync(resident, t => t.Contains("\"leave queue\"", StringComparison.Ordinal));

        var ticket = (await sam.InvokeAsync<QueueSnapshot>("GetQueue")).Waiting.Single();
        await sam.InvokeAsync<AcceptReply>("Accept", ticket.Id);
        await WaitForTextAsync(resident, t => t == "Sam has joined the chat.");

        await sam.InvokeAsync<ActionReply>("Send", ticket.Id, "Hello, I'm Sam. Is the shouting still going on?");
        await WaitForTextAsync(resident, t => t == "Hello, I'm Sam. Is the shouting still going on?");

        await resident.PostMessageAsync("Yes, it has been going on for an hour");
        await Eventually.TrueAsync(() => lines.Any(l => l.From == "resident" && l.Text == "Yes, it has been going on for an hour"), "the resident's reply in the console");

        await sam.InvokeAsync<ActionReply>("Close", ticket.Id, "advice-given");
        await WaitForTextAsync(resident, t => t == "Was this helpful?");
        await resident.PostMessageAsync("Yes");
        await WaitForTextAsync(resident, t => t == "Thank you for telling us.");

        var feedback = Assert.Single(await host.Feedback.ListSinceAsync(DateTimeOffset.MinValue));
        Assert.True(feedback.Helpful);
        Assert.Equal("agent:advice-given", feedback.Outcome);
        await resident.PostMessageAsync("hello again");
        await WaitForTextAsync(resident, t => t == "bot: hello again");
    }

    private static async Task WaitForTextAsync(DirectLineClient resident, Func<string, bool> match)
        => await resident.WaitForActivitiesAsync(activities => activities.Any(a => match(DirectLineClient.TextOf(a))));
}
