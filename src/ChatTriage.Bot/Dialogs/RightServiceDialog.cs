using ChatTriage.Bot.Content;
using ChatTriage.Bot.Content.Model;
using ChatTriage.Bot.Dialogs.Fields;
using ChatTriage.Dialogs;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Step 1: the right service. Finds the matter in the service directory (from the resident's words, or by asking)
/// and says plainly where to go, with the link or number.
/// </summary>
public sealed class RightServiceDialog : ComponentDialog
{
    private readonly TriageDependencies deps;

    public RightServiceDialog(TriageDependencies deps)
        : base(nameof(RightServiceDialog))
    {
        this.deps = deps;
        AddDialog(new WaterfallDialog(Id + ".steps", [FindStepAsync, AnswerStepAsync]));
        AddDialog(new FieldDialog("right-service.ask", deps.Content.RightService.Ask, text => FieldCheck.Accept(text.Trim()), false, deps));
        InitialDialogId = Id + ".steps";
    }

    /// <summary>The message for one directory entry: the advice, then its link and phone lines.</summary>
    public static string Describe(ServiceEntry entry, TriageContent content)
    {
        var lines = new List<string> { entry.Advice };
        if (entry.Link is { } link)
        {
            lines.Add(TextTemplate.Fill(content.RightService.LinkLine, ("link", link)));
        }

        if (entry.Phone is { } phone)
        {
            lines.Add(TextTemplate.Fill(content.RightService.PhoneLine, ("phone", phone)));
        }

        return string.Join("\n\n", lines);
    }

    private async Task<DialogTurnResult> FindStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var text = StepValues.Options<StepRequest>(stepContext.Options)?.Text;
        if (deps.Language.Directory.Find(text) is not null)
        {
            return await stepContext.NextAsync(new FieldAnswer(text), cancellationToken);
        }

        return await stepContext.BeginDialogAsync("right-service.ask", null, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var answer = stepContext.Result as FieldAnswer;
        if (answer is { PersonWanted: true })
        {
            return await stepContext.EndDialogAsync(StepOutcome.Person("step1:person"), cancellationToken);
        }

        if (deps.Language.Directory.Find(answer?.Value) is { } entry)
        {
            await Say.SendAsync(stepContext.Context, Describe(entry, deps.Content), cancellationToken);
            return await stepContext.EndDialogAsync(StepOutcome.Done("step1:" + entry.Id), cancellationToken);
        }

        await Say.SendAsync(stepContext.Context, deps.Content.RightService.NotFound, cancellationToken);
        await Say.SendAsync(stepContext.Context, deps.Content.Global.Help, cancellationToken);
        return await stepContext.EndDialogAsync(StepOutcome.Done("step1:not-found"), cancellationToken);
    }
}
