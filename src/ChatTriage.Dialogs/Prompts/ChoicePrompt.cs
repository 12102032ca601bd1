using ChatTriage.Dialogs.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons or a list, and
/// matches the reply with <see cref="ChoiceRecognizer"/>. Returns a <see cref="FoundChoice"/>.
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>
    /// Initializes a new instance of the <see cref="ChoicePrompt"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the prompt.</param>
    /// <param name="validator">An optional validator run on every answer.</param>
    /// <param name="defaultLocale">Kept for the original's shape; matching is English.</param>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets how choices are shown when the options do not say. Default <see cref="ListStyle.Auto"/>.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Gets or sets the locale given at construction (informational).</summary>
    public string? DefaultLocale { get; set; }

    /// <summary>Gets or sets how replies are matched to choices.</summary>
    public ChoiceRecognizerOptions RecognizerOptions { get; set; } = new();

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var message = SelectPrompt(options, isRetry);
        return SendWithChoicesAsync(turnContext, message, options.Choices ?? new List<Choice>(), options.Style ?? Style, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<FoundChoice>();
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices ?? new List<Choice>(), RecognizerOptions);
            if (found is not null)
            {
                result.Succeeded = true;
                result.Value = found;
            }
        }

        return Task.FromResult(result);
    }
}
