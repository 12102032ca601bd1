using Microsoft.Bot.Builder;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>Stands in for the 999 interrupt: answers a cue word itself and stops the turn.</summary>
public sealed class InterceptingMiddleware : IMiddleware
{
    public const string Cue = "middleware-cue";
    public const string Reply = "The middleware answered.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Text == Cue)
        {
            await turnContext.SendActivityAsync(Reply, cancellationToken: cancellationToken);
            return;
        }

        await next(cancellationToken);
    }
}
