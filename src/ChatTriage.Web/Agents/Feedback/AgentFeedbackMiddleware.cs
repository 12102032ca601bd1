using ChatTriage.Bot.Feedback;
using ChatTriage.Web.Agents.Content;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Agents.Feedback;

/// <summary>
/// Takes the resident's Yes/No to "Was this helpful?" after an agent closed the chat, stores it and thanks
/// them. Any other message clears the question and goes on to the bot, so nothing typed is lost. It sits after
/// the 999 interrupt in the pipeline, so an emergency is never taken for an answer.
/// </summary>
public sealed class AgentFeedbackMiddleware(
    PendingFeedback pending,
    IServiceProvider services,
    AgentContent content,
    TimeProvider time) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation?.Id;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(conversationId)
            || await pending.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } outcome)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        await pending.ClearAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var answer = Answer(activity.Text);
        if (answer is null)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (services.GetService<IFeedbackStore>() is { } store)
        {
            await store.SaveAsync(new FeedbackEntry(conversationId, outcome, answer.Value, null, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        await turnContext.SendActivityAsync(content.Resident.FeedbackThanks, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private bool? Answer(string? text)
    {
        var said = (text ?? "").Trim().TrimEnd('.', '!').ToLowerInvariant();
        if (said == content.Resident.FeedbackYes.ToLowerInvariant() || said is "yes" or "y" or "yeah" or "yep")
        {
            return true;
        }

        if (said == content.Resident.FeedbackNo.ToLowerInvariant() || said is "no" or "n" or "nope" or "not really")
        {
            return false;
        }

        return null;
    }
}
