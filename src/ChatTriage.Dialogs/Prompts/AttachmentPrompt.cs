using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Asks the user to send one or more files (for example photos). A message with attachments is recognised;
/// the prompt returns the attachments.
/// </summary>
public class AttachmentPrompt : Prompt<IList<Attachment>>
{
    /// <summary>
    /// Initializes a new instance of the <see cref="AttachmentPrompt"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the prompt.</param>
    /// <param name="validator">An optional validator run on every answer (for example to accept "skip" as none).</param>
    public AttachmentPrompt(string dialogId, PromptValidator<IList<Attachment>>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc/>
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = SelectPrompt(options, isRetry);
        if (message is not null)
        {
            await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<IList<Attachment>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<IList<Attachment>>();
        var attachments = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Attachments : null;
        if (attachments is { Count: > 0 })
        {
            result.Succeeded = true;
            result.Value = attachments.ToList();
        }

        return Task.FromResult(result);
    }
}
