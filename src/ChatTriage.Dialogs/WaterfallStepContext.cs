namespace ChatTriage.Dialogs;

/// <summary>
/// The context a <see cref="WaterfallStep"/> runs in: a <see cref="DialogContext"/> over the same stack,
/// plus the step's index, the previous step's result and the waterfall's persisted values.
/// </summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parentWaterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog parentWaterfall,
        DialogContext dc,
        object? options,
        IDictionary<string, object> values,
        int index,
        DialogReason reason,
        object? result)
        : base(dc)
    {
        _parentWaterfall = parentWaterfall;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>Gets the index of the current step (0 for the first).</summary>
    public int Index { get; }

    /// <summary>Gets the options the waterfall was started with.</summary>
    public object? Options { get; }

    /// <summary>Gets why this step is running.</summary>
    public DialogReason Reason { get; }

    /// <summary>Gets the result of the previous step (for example, a prompt's answer), if any.</summary>
    public object? Result { get; }

    /// <summary>
    /// Gets values kept for the life of this waterfall, persisted between turns. Numbers come back from
    /// JSON storage as <see cref="long"/>: read them with <see cref="Convert.ToInt32(object)"/>.
    /// </summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>
    /// Skips to the next step in this turn, passing it a result.
    /// </summary>
    /// <param name="result">The result the next step receives, if any.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>What happened to the dialog stack.</returns>
    /// <exception cref="InvalidOperationException">NextAsync was already called for this step.</exception>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was called twice in step {Index} of waterfall '{_parentWaterfall.Id}'.");
        }

        _nextCalled = true;
        return await _parentWaterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken).ConfigureAwait(false);
    }
}
