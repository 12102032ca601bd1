namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Decides whether a prompt's answer is acceptable. Return true to end the prompt with
/// <see cref="PromptValidatorContext{T}.Recognized"/>'s value; false to ask again with the retry prompt
/// (unless the validator already replied this turn).
/// </summary>
/// <typeparam name="T">The type of value the prompt returns.</typeparam>
/// <param name="promptContext">The recognised value, the options and the attempt count.</param>
/// <param name="cancellationToken">A cancellation token.</param>
/// <returns>True if the answer is accepted.</returns>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
