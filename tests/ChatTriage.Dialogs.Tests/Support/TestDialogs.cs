using ChatTriage.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs.Tests.Support;

/// <summary>
/// Small building blocks for conversation tests.
/// </summary>
internal static class TestDialogs
{
    public static Task SayAsync(this DialogContext dc, string text, CancellationToken ct)
        => dc.Context.SendActivityAsync(MessageFactory.Text(text), ct);

    public static PromptOptions Ask(string text, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(text),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };
}
