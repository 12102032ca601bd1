using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.EchoBot.Bots;

/// <summary>
/// The echo bot with a conversation state round trip on every turn (read, change, save), like a dialog bot's
/// minimum, over whatever <see cref="IStorage"/> backs <see cref="ConversationState"/>.
/// </summary>
public sealed class StatefulEchoBot(ConversationState conversationState) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turns = conversationState.CreateProperty<long>("turns");
        var count = await turns.GetAsync(turnContext, () => 0L, cancellationToken) + 1;
        await turns.SetAsync(turnContext, count, cancellationToken);
        var text = EchoBot.Prefix + turnContext.Activity.Text;
        await turnContext.SendActivityAsync(MessageFactory.Text(text, text), cancellationToken);
    }
}
