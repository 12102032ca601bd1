using ChatTriage.Dialogs.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question with Yes and No buttons and reads everyday answers with
/// <see cref="ConfirmRecognizer"/>. Returns true for yes and false for no. If the options give two choices,
/// they are shown instead of Yes and No, and picking the first means yes.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    /// <summary>
    /// Initializes a new instance of the <see cref="ConfirmPrompt"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the prompt.</param>
    /// <param name="validator">An optional validator run on every answer.</param>
    /// <param name="yesTitle">The title of the Yes button (also accepted as a yes).</param>
    /// <param name="noTitle">The title of the No button (also accepted as a no).</param>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string yesTitle = "Yes", string noTitle = "No")
        : base(dialogId, validator)
    {
        YesTitle = yesTitle ?? throw new ArgumentNullException(nameof(yesTitle));
        NoTitle = noTitle ?? throw new ArgumentNullException(nameof(noTitle));
    }

    /// <summary>Gets the title of the Yes button.</summary>
    public string YesTitle { get; }

    /// <summary>Gets the title of the No button.</summary>
    public string NoTitle { get; }

    /// <summary>Gets or sets how the Yes/No choices are shown. Default <see cref="ListStyle.SuggestedAction"/>.</summary>
    public ListStyle Style { get; set; } = ListStyle.SuggestedAction;

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var message = SelectPrompt(options, isRetry);
        var choices = options.Choices ?? new List<Choice> { new(YesTitle), new(NoTitle) };
        return SendWithChoicesAsync(turnContext, message, choices, options.Style ?? Style, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<bool>();
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(result);
        }

        var text = turnContext.Activity.Text;
        var reply = TextNormalizer.Normalize(text);

        // The buttons shown are answers too: the first is yes, the second no.
        var yesNames = new List<string?> { YesTitle };
        var noNames = new List<string?> { NoTitle };
        if (options?.Choices is { Count: 2 } choices)
        {
            yesNames.AddRange(new[] { choices[0].Value, choices[0].Action?.Title });
            noNames.AddRange(new[] { choices[1].Value, choices[1].Action?.Title });
        }

        bool Names(List<string?> names) => names.Any(n => n is not null && TextNormalizer.Normalize(n) == reply);

        bool? answer = reply.Length == 0 ? null
            : Names(yesNames) ? true
            : Names(noNames) ? false
            : ConfirmRecognizer.Recognize(text);

        if (answer.HasValue)
        {
            result.Succeeded = true;
            result.Value = answer.Value;
        }

        return Task.FromResult(result);
    }
}
