using System.Globalization;
using ChatTriage.Bot.Content.Model;
using ChatTriage.Dialogs;
using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Bot.Dialogs.Fields;

/// <summary>
/// Asks when something happened with a <see cref="DateTimePrompt"/> that refuses the future (saying so) and reads
/// UK dates ("yesterday", "last Tuesday", "3/11"). "Not sure" is an answer; after three answers it cannot read,
/// the date is recorded as not known and the report goes on. Returns a <see cref="FieldAnswer"/> whose value is
/// "yyyy-MM-dd", "yyyy-MM-dd..yyyy-MM-dd" for a period, or <see cref="FieldChecks.NotSure"/>.
/// </summary>
public sealed class DateFieldDialog : ComponentDialog
{
    public const string RangeSeparator = "..";

    private readonly Question question;
    private readonly TriageDependencies deps;

    public DateFieldDialog(string dialogId, Question question, string futureRetry, TriageDependencies deps)
        : base(dialogId)
    {
        this.question = question;
        this.deps = deps;
        AddDialog(new WaterfallDialog(dialogId + ".steps", [AskStepAsync, AnsweredStepAsync]));
        AddDialog(new DateTimePrompt(dialogId + ".date", ValidateAsync, null, deps.Clock, deps.TimeZone)
        {
            RejectFuture = true,
            FutureRetryPrompt = Say.Text(futureRetry),
        });
        InitialDialogId = dialogId + ".steps";
    }

    /// <summary>Splits an answer of this dialog into first day, last day (periods only) and "not known".</summary>
    public static (string? From, string? To, bool Unknown) Read(string? answer)
    {
        if (answer is null || answer == FieldChecks.NotSure)
        {
            return (null, null, true);
        }

        var parts = answer.Split(RangeSeparator);
        return (parts[0], parts.Length > 1 ? parts[1] : null, false);
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        stepContext.PromptAsync(Id + ".date", Say.Ask(question), cancellationToken);

    private async Task<DialogTurnResult> AnsweredStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var found = stepContext.Result as IList<DateTimeResolution>;
        if (found is null || found.Count == 0)
        {
            return await stepContext.EndDialogAsync(new FieldAnswer(FieldChecks.NotSure), cancellationToken);
        }

        var first = found[0];
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(first.Start, deps.TimeZone).DateTime);

        // Ends are exclusive: a period "last weekend" ends at the start of Monday.
        var end = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(first.End.AddTicks(-1), deps.TimeZone).DateTime);
        var value = end > start
            ? Iso(start) + RangeSeparator + Iso(end)
            : Iso(start);
        return await stepContext.EndDialogAsync(new FieldAnswer(value), cancellationToken);
    }

    private async Task<bool> ValidateAsync(PromptValidatorContext<IList<DateTimeResolution>> prompt, CancellationToken cancellationToken)
    {
        if (deps.Language.NotSure.Matches(prompt.Context.Activity.Text))
        {
            prompt.Recognized.Value = [];
            return true;
        }

        if (prompt.Recognized.Succeeded && prompt.Recognized.Value is { Count: > 0 })
        {
            return true;
        }

        if (prompt.AttemptCount >= FieldDialog.MaxAttempts)
        {
            await Say.SendAsync(prompt.Context, deps.Content.Global.Skipped, cancellationToken);
            prompt.Recognized.Value = [];
            return true;
        }

        // The prompt sends the retry: the future one when the date was in the future, the ordinary one otherwise.
        return false;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
