using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>
/// A tiny bot for channel tests: greets new members, echoes messages, and on cue sends an emergency message,
/// a delayed pair, a trace, or throws.
/// </summary>
public sealed class TestBot : IBot
{
    public const string Greeting = "Hello, this is the test bot.";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            foreach (var member in activity.MembersAdded ?? [])
            {
                if (member.Id != activity.Recipient.Id)
                {
                    await turnContext.SendActivityAsync(Greeting, cancellationToken: cancellationToken);
                }
            }

            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        switch (activity.Text)
        {
            case "test-emergency":
                var alert = MessageFactory.Text("If you are in danger now, call 999.");
                alert.ChannelData = new { emergency = true };
                await turnContext.SendActivityAsync(alert, cancellationToken);
                return;
            case "test-fail":
                throw new InvalidOperationException("The test bot was told to fail.");
            case "test-delay":
                await turnContext.SendActivitiesAsync(
                    [MessageFactory.Text("before"), new Activity(ActivityTypesEx.Delay) { Value = 10 }, new Activity(ActivityTypes.Trace) { Name = "t" }, MessageFactory.Text("after")],
                    cancellationToken);
                return;
            default:
                await turnContext.SendActivityAsync($"You said: {activity.Text}", cancellationToken: cancellationToken);
                return;
        }
    }
}
