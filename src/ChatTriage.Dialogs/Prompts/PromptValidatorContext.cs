using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// What a <see cref="PromptValidator{T}"/> is given.
/// </summary>
/// <typeparam name="T">The type of value the prompt returns.</typeparam>
public class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    /// <summary>Gets the context for the current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>
    /// Gets what the prompt recognised. A validator may change <see cref="PromptRecognizerResult{T}.Value"/>
    /// (for example to a sentinel when giving up) before returning true.
    /// </summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>Gets the options the prompt was started with.</summary>
    public PromptOptions Options { get; }

    /// <summary>Gets the prompt's persisted state, where a validator may keep its own values between attempts.</summary>
    public IDictionary<string, object> State { get; }

    /// <summary>Gets how many answers the user has given to this prompt, including this one (1 on the first answer).</summary>
    public int AttemptCount => StateValues.GetInt(State, Prompt<T>.AttemptCountKey);
}
