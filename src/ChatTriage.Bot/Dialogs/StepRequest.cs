namespace ChatTriage.Bot.Dialogs;

/// <summary>Starts a step with the resident's own words, if the step was chosen from them.</summary>
public sealed record StepRequest(string? Text);
