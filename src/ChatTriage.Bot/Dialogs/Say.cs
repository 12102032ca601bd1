using ChatTriage.Bot.Content.Model;
using ChatTriage.Dialogs.Choices;
using ChatTriage.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Bot.Dialogs;

/// <summary>Builds the bot's messages and prompt options from content texts.</summary>
public static class Say
{
    public static Activity Text(string text) => MessageFactory.Text(text, text, InputHints.IgnoringInput);

    public static Activity WithActions(string text, IEnumerable<string> actions) =>
        (Activity)MessageFactory.SuggestedActions(actions, text, text, InputHints.ExpectingInput);

    public static PromptOptions Ask(Question question) => new()
    {
        Prompt = MessageFactory.Text(question.Prompt, question.Prompt, InputHints.ExpectingInput),
        RetryPrompt = MessageFactory.Text(question.Retry, question.Retry, InputHints.ExpectingInput),
    };

    public static PromptOptions Choose(Question question, IEnumerable<string> labels) => new()
    {
        Prompt = MessageFactory.Text(question.Prompt, question.Prompt, InputHints.ExpectingInput),
        RetryPrompt = MessageFactory.Text(question.Retry, question.Retry, InputHints.ExpectingInput),
        Choices = labels.Select(l => new Choice(l)).ToList(),
        Style = ListStyle.SuggestedAction,
    };

    public static Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Text(text), cancellationToken);
}
