using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Asks for a date, time or period and reads it with <see cref="DateTimeRecognizer"/> (UK day-month order).
/// Returns every resolution found, in the order said. Optionally rejects answers in the future, with
/// <see cref="FutureRetryPrompt"/> saying why.
/// </summary>
public class DateTimePrompt : Prompt<IList<DateTimeResolution>>
{
    /// <summary>The key, in the prompt's state, set to true when the last answer was rejected for being in the future.</summary>
    public const string FutureRejectedKey = "FutureRejected";

    /// <summary>
    /// Initializes a new instance of the <see cref="DateTimePrompt"/> class.
    /// </summary>
    /// <param name="dialogId">The id of the prompt.</param>
    /// <param name="validator">An optional validator run on every answer.</param>
    /// <param name="defaultLocale">Kept for the original's shape; recognition is UK English.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> if null.</param>
    /// <param name="timeZone">The time zone the user speaks in; Europe/London if null.</param>
    public DateTimePrompt(
        string dialogId,
        PromptValidator<IList<DateTimeResolution>>? validator = null,
        string? defaultLocale = null,
        TimeProvider? timeProvider = null,
        TimeZoneInfo? timeZone = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        Clock = timeProvider ?? TimeProvider.System;
        TimeZone = timeZone ?? DateTimeRecognizer.UkTimeZone;
    }

    /// <summary>Gets or sets the locale given at construction (informational).</summary>
    public string? DefaultLocale { get; set; }

    /// <summary>Gets the clock used for "today", "yesterday" and the future check.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Gets the time zone the user speaks in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// Gets or sets a value indicating whether answers that start in the future are rejected. When some of
    /// several resolutions are in the future, only those are dropped.
    /// </summary>
    public bool RejectFuture { get; set; }

    /// <summary>
    /// Gets or sets the message sent when an answer was rejected for being in the future (it should say why).
    /// The options' retry prompt is used if null.
    /// </summary>
    public Activity? FutureRetryPrompt { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether incomplete dates and times are read as the most recent past one
    /// ("3/12" said in November is last December). Default true.
    /// </summary>
    public bool PreferPast { get; set; } = true;

    /// <inheritdoc/>
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var futureRejected = isRetry && state.TryGetValue(FutureRejectedKey, out var flag) && flag is true;
        var message = futureRejected && FutureRetryPrompt is not null
            ? CloneActivity(FutureRetryPrompt)
            : SelectPrompt(options, isRetry);
        if (message is not null)
        {
            await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<IList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var result = new PromptRecognizerResult<IList<DateTimeResolution>>();
        state[FutureRejectedKey] = false;
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(result);
        }

        var now = Clock.GetUtcNow();
        var found = DateTimeRecognizer.Recognize(turnContext.Activity.Text, now, TimeZone, PreferPast);
        if (RejectFuture && found.Count > 0)
        {
            var past = found.Where(r => !r.IsInFuture(now)).ToList();
            if (past.Count == 0)
            {
                state[FutureRejectedKey] = true;
            }

            found = past;
        }

        if (found.Count > 0)
        {
            result.Succeeded = true;
            result.Value = found;
        }

        return Task.FromResult(result);
    }
}
