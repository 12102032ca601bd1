namespace ChatTriage.Bot.Dialogs.Fields;

/// <summary>
/// What a <see cref="FieldDialog"/> returns: the accepted value, null when an optional answer was skipped,
/// or <see cref="PersonWanted"/> when the resident chose to talk to a person after three tries.
/// </summary>
public sealed record FieldAnswer(string? Value, bool PersonWanted = false);
