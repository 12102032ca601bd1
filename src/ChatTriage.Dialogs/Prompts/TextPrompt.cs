using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Asks for free text. Any non-blank message is recognised.
/// </summary>
public class TextPrompt : Prompt<string>
{
    /// <summary>
    /// Initializes a new instance of the <see cref="TextPrompt"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the prompt.</param>
    /// <param name="validator">An optional validator run on every answer.</param>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
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
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        var result = new PromptRecognizerResult<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            result.Succeeded = true;
            result.Value = text.Trim();
        }

        return Task.FromResult(result);
    }
}
