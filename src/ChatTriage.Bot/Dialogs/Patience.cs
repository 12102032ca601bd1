using ChatTriage.Bot.Content;
using ChatTriage.Bot.Dialogs.Fields;
using ChatTriage.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// For questions answered with buttons (yes/no, a list): after <see cref="FieldDialog.MaxAttempts"/> answers the bot
/// could not match, the question is asked again with a way out (talk to a person, call 101, 999 if a life is at risk).
/// The question stays open and nothing given so far is lost; the resident is never stuck in a loop.
/// </summary>
public static class Patience
{
    public static PromptValidator<T> Validator<T>(TriageContent content, PromptValidator<T>? inner = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return async (prompt, cancellationToken) =>
        {
            var valid = inner is null ? prompt.Recognized.Succeeded : await inner(prompt, cancellationToken).ConfigureAwait(false);
            if (!valid && prompt.AttemptCount >= FieldDialog.MaxAttempts && !prompt.Context.Responded)
            {
                var stuck = content.Global.StillStuck;
                var retry = (prompt.Options.RetryPrompt ?? prompt.Options.Prompt)?.Text ?? string.Empty;
                if (!retry.EndsWith(stuck, StringComparison.Ordinal))
                {
                    var text = retry.Length == 0 ? stuck : retry + "\n\n" + stuck;
                    prompt.Options.RetryPrompt = MessageFactory.Text(text, text, InputHints.ExpectingInput);
                }
            }

            return valid;
        };
    }
}
