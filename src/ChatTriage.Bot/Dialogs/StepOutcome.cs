namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// What a step dialog returns. <paramref name="Outcome"/> names where the path ended (for example "step1:noise"),
/// kept with the resident's feedback; <paramref name="DetailsJson"/> carries what was collected to a person.
/// </summary>
public sealed record StepOutcome(StepOutcomeKind Kind, string Outcome, string? DetailsJson = null)
{
    public static StepOutcome Done(string outcome) => new(StepOutcomeKind.Done, outcome);

    public static StepOutcome Emergency(string outcome) => new(StepOutcomeKind.Emergency, outcome);

    public static StepOutcome Person(string outcome, string? detailsJson = null) => new(StepOutcomeKind.TalkToPerson, outcome, detailsJson);
}
