using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.EchoBot.Bots;

/// <summary>Answers every message with "You said: …" and keeps nothing.</summary>
public sealed class EchoBot : ActivityHandler
{
    public const string Prefix = "You said: ";

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = Prefix + turnContext.Activity.Text;
        return turnContext.SendActivityAsync(MessageFactory.Text(text, text), cancellationToken);
    }
}
