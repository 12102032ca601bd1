namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// How the main dialog starts: <paramref name="Ask"/> asks "What do you need help with?" (otherwise the message
/// that started it is the answer); <paramref name="Misses"/> counts messages not understood in a row;
/// <paramref name="Person"/> goes straight to a person, with <paramref name="CollectedJson"/>: the answers of a
/// report the resident left to ask for one.
/// </summary>
public sealed record MainOptions(bool Ask = false, int Misses = 0, bool Person = false, string? CollectedJson = null);
