using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ChatTriage.Storage.Turns;

/// <summary>
/// Gives each turn a <see cref="TurnOutbox"/> and, at the end of the turn, sends whatever still waits in it: also
/// when the turn failed, so what the bot said before the failure goes out before the error handler's apology.
/// It goes first in the pipeline, so that middleware after it (the transcript, the agent's live view) only see
/// replies that were really sent.
/// </summary>
public sealed class OutboxMiddleware(ILogger<OutboxMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var outbox = new TurnOutbox();
        turnContext.TurnState.Set(outbox);
        turnContext.OnSendActivities(outbox.OnSendAsync);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            try
            {
                await outbox.ReleaseAsync().ConfigureAwait(false);
            }
            catch (Exception sendError)
            {
                logger.LogError(sendError, "Could not send the replies of a failed turn in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
            }

            throw;
        }

        await outbox.ReleaseAsync().ConfigureAwait(false);
    }
}
