namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Where step 2 is: the resident's question, and once ranked, the answer ids (space-separated) and which one is shown.
/// A <see cref="StepRequest"/> reads as a cursor with only <paramref name="Text"/>.
/// </summary>
public sealed record AnswerCursor(string? Text, string? Ranked = null, int Shown = 0);
