namespace ChatTriage.Dialogs;

/// <summary>
/// One step of a <see cref="WaterfallDialog"/>.
/// </summary>
/// <param name="stepContext">The step's context: the previous step's result, the waterfall's values and options.</param>
/// <param name="cancellationToken">A cancellation token.</param>
/// <returns>What happened to the dialog stack; usually the result of a prompt, <see cref="WaterfallStepContext.NextAsync"/> or an end.</returns>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
