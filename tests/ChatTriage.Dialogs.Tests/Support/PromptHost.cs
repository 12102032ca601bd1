using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Dialogs.Tests.Support;

/// <summary>
/// A root dialog that runs one prompt and then says what it returned, so prompt tests read as conversations.
/// </summary>
internal static class PromptHost
{
    public static ComponentDialog For(Dialog prompt, Func<PromptOptions> options, Func<object?, string> describe)
    {
        var root = new ComponentDialog("host");
        root.AddDialog(new WaterfallDialog("hostSteps", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync(prompt.Id, options(), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(describe(step.Result), cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        }));
        root.AddDialog(prompt);
        return root;
    }
}
