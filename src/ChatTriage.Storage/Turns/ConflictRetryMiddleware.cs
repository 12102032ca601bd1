using ChatTriage.Storage.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ChatTriage.Storage.Turns;

/// <summary>
/// Two turns of one conversation can run at once (a double send, two instances behind a load balancer). Both read
/// the same state; the first to save wins and the other's save fails with <see cref="StorageConflictException"/>.
/// This middleware then runs the losing turn again on the state as it now is, as if the message had arrived a moment
/// later, and drops the replies of the lost attempt (they wait in the <see cref="TurnOutbox"/> until the turn saves).
/// It sits after the 999 interrupt, which is never held back nor run twice.
/// </summary>
public sealed class ConflictRetryMiddleware(ConversationState conversationState, UserState userState, ILogger<ConflictRetryMiddleware> logger) : IMiddleware
{
    /// <summary>
    /// How many times a turn is run before the conflict is given to the error handler. Each of n turns racing at once
    /// can lose to the ones before it, so this is more than the few messages a person can send at once.
    /// </summary>
    public const int MaxAttempts = 6;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (TurnOutbox.Of(turnContext) is not { } outbox)
        {
            // Without an outbox the replies of a lost attempt would already be out: do not run it twice.
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var keysBefore = turnContext.TurnState.Keys.ToHashSet(StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            outbox.Hold();
            try
            {
                await next(cancellationToken).ConfigureAwait(false);
                await outbox.ReleaseAsync().ConfigureAwait(false);
                return;
            }
            catch (StorageConflictException conflict)
            {
                outbox.Drop();
                logger.LogWarning(
                    "Turn {Attempt} of {MaxAttempts} in conversation {ConversationId} lost a race for key {Key}",
                    attempt,
                    MaxAttempts,
                    turnContext.Activity.Conversation?.Id,
                    conflict.Key);
                if (attempt == MaxAttempts)
                {
                    throw;
                }
            }
            catch
            {
                // Not a lost race: what the turn said before it failed goes out now, inside the transcript's turn.
                await outbox.ReleaseAsync().ConfigureAwait(false);
                throw;
            }

            // Forget what the lost attempt cached for this turn, and read the state the winner saved.
            foreach (var key in turnContext.TurnState.Keys.Where(k => !keysBefore.Contains(k)).ToList())
            {
                turnContext.TurnState.Remove(key);
            }

            // A short random pause, so turns that lost together do not collide again at once.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken).ConfigureAwait(false);
            await conversationState.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
            await userState.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
        }
    }
}
