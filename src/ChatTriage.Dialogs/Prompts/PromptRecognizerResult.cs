namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// What a prompt recognised in the user's reply.
/// </summary>
/// <typeparam name="T">The type of value the prompt returns.</typeparam>
public class PromptRecognizerResult<T>
{
    /// <summary>Gets or sets a value indicating whether a value was recognised.</summary>
    public bool Succeeded { get; set; }

    /// <summary>Gets or sets the value recognised, when <see cref="Succeeded"/> is true.</summary>
    public T? Value { get; set; }
}
