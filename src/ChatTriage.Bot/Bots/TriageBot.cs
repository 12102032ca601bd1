using ChatTriage.Bot.Content;
using ChatTriage.Bot.Dialogs;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Options;
using ChatTriage.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatTriage.Bot.Bots;

/// <summary>
/// The bot: greets new residents, runs <see cref="MainDialog"/> on each message, and saves conversation and user
/// state at the end of the turn. While the conversation has an open handoff ticket, messages go to the agent
/// relay instead of the dialogs.
/// </summary>
public sealed class TriageBot(
    ConversationState conversationState,
    UserState userState,
    MainDialog mainDialog,
    IHandoffQueue queue,
    IAgentRelay relay,
    TriageContent content,
    IOptions<TriageOptions> options) : ActivityHandler
{
    private readonly IStatePropertyAccessor<bool> welcomed = conversationState.CreateProperty<bool>("welcomed");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type == ActivityTypes.Message
            && await queue.FindOpenAsync(turnContext.Activity.Conversation.Id, cancellationToken) is { } ticket)
        {
            await relay.RelayToAgentAsync(turnContext, ticket, cancellationToken);
        }
        else
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }

        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient.Id))
        {
            await WelcomeAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(MainDialog.AskMessage(content), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // Channels that send no conversationUpdate (a plain POST, some embeds) still get the welcome once,
        // before the first answer, so every resident reads that this is a computer and when to call 999.
        if (!await welcomed.GetAsync(turnContext, () => false, cancellationToken))
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }

        await mainDialog.RunAsync(turnContext, conversationState.CreateProperty<DialogState>(nameof(DialogState)), cancellationToken);
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var w = content.Welcome;
        await Say.SendAsync(turnContext, TextTemplate.Fill(w.Intro, ("force_name", options.Value.ForceName)), cancellationToken);
        await Say.SendAsync(turnContext, TextTemplate.Fill(w.Privacy, ("privacy_url", options.Value.PrivacyNoticeUrl)), cancellationToken);
        await Say.SendAsync(turnContext, w.Emergency, cancellationToken);
        await welcomed.SetAsync(turnContext, true, cancellationToken);
    }
}
