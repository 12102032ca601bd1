namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Starts step 4. <paramref name="About"/>: what the resident already said it is about, if anything;
/// <paramref name="DetailsJson"/>: what another step had collected before the resident asked for a person.
/// </summary>
public sealed record ShareRequest(string? About, string? DetailsJson = null);
