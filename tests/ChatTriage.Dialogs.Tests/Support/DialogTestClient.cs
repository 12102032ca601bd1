using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Tests.Support;

/// <summary>
/// Runs one root dialog over a TestAdapter with real ConversationState, saving state after every turn,
/// over JSON round-trip storage unless another storage is given.
/// </summary>
internal sealed class DialogTestClient
{
    private readonly Dialog _dialog;
    private readonly IStatePropertyAccessor<DialogState> _accessor;

    public DialogTestClient(Dialog dialog, IStorage? storage = null, string conversationName = "conversation")
    {
        _dialog = dialog;
        Storage = storage ?? new JsonRoundTripStorage();
        ConversationState = new ConversationState(Storage);
        _accessor = ConversationState.CreateProperty<DialogState>("DialogState");
        Adapter = new TestAdapter(TestAdapter.CreateConversation(conversationName))
            .Use(new AutoSaveStateMiddleware(ConversationState));
    }

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public TestAdapter Adapter { get; }

    public DialogTurnResult? LastResult { get; private set; }

    public List<DialogTurnResult> Results { get; } = new();

    public TestFlow Flow() => new(Adapter, async (turnContext, ct) =>
    {
        LastResult = await _dialog.RunAsync(turnContext, _accessor, ct);
        Results.Add(LastResult);
    });

    /// <summary>Sends one message and returns the replies of that turn.</summary>
    public async Task<IReadOnlyList<IMessageActivity>> SendAsync(string text)
    {
        await Adapter.ProcessActivityAsync(
            (Activity)MessageFactory.Text(text),
            async (turnContext, ct) =>
            {
                LastResult = await _dialog.RunAsync(turnContext, _accessor, ct);
                Results.Add(LastResult);
            },
            CancellationToken.None);

        var replies = new List<IMessageActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity());
        }

        return replies;
    }
}
