using ChatTriage.Storage.State;
using Microsoft.Bot.Builder;

namespace ChatTriage.Web.Hosting;

/// <summary>
/// What happens when a turn throws: log the error without the resident's words, tell the resident
/// (always with the 999 line), and clear the broken dialog state so the next message starts cleanly. A turn that
/// kept losing the race to save its state is not broken: the state is the winner's, and it is kept.
/// </summary>
public sealed class TurnErrorHandler(
    ConversationState conversationState,
    ITurnErrorMessage message,
    ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        // Never log the activity text: it may hold personal data.
        logger.LogError(
            exception,
            "Turn failed in conversation {ConversationId} on channel {ChannelId} ({ActivityType})",
            turnContext.Activity.Conversation?.Id,
            turnContext.Activity.ChannelId,
            turnContext.Activity.Type);

        try
        {
            await turnContext.SendActivityAsync(message.Text).ConfigureAwait(false);
        }
        catch (Exception sendError)
        {
            logger.LogError(sendError, "Could not tell the resident about the failed turn");
        }

        if (exception is StorageConflictException)
        {
            return;
        }

        try
        {
            await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
        }
        catch (Exception clearError)
        {
            logger.LogError(clearError, "Could not clear the conversation state after a failed turn");
        }
    }
}
