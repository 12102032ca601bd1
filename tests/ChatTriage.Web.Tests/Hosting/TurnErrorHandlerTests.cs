using ChatTriage.Storage.State;
using ChatTriage.Web.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatTriage.Web.Tests.Hosting;

public sealed class TurnErrorHandlerTests
{
    [Fact]
    public async Task AFailedTurnIsApologisedForAndItsBrokenStateCleared()
    {
        var (state, handler, adapter) = Setup();
        await SaveStepAsync(state, adapter);

        var replies = await FailAsync(adapter, handler, new InvalidOperationException("broken"));

        Assert.Equal(["Sorry. If a life is at risk, call 999."], replies);
        Assert.Equal("none", await ReadStepAsync(adapter));
    }

    [Fact]
    public async Task ATurnThatKeptLosingTheRaceToSaveKeepsTheWinnersState()
    {
        var (state, handler, adapter) = Setup();
        await SaveStepAsync(state, adapter);

        var replies = await FailAsync(adapter, handler, StorageConflictException.ForKey("k", "old", "new"));

        Assert.Equal(["Sorry. If a life is at risk, call 999."], replies);
        Assert.Equal("where", await ReadStepAsync(adapter));
    }

    private readonly MemoryStorage storage = new();

    private (ConversationState State, TurnErrorHandler Handler, TestAdapter Adapter) Setup()
    {
        var state = new ConversationState(storage);
        return (state, new TurnErrorHandler(state, new FixedMessage(), NullLogger<TurnErrorHandler>.Instance), new TestAdapter());
    }

    private static async Task SaveStepAsync(ConversationState state, TestAdapter adapter)
    {
        using var turn = new TurnContext(adapter, Message(adapter, "hello"));
        await state.CreateProperty<string>("step").SetAsync(turn, "where");
        await state.SaveChangesAsync(turn);
    }

    private async Task<string> ReadStepAsync(TestAdapter adapter)
    {
        using var turn = new TurnContext(adapter, Message(adapter, "next"));
        return await new ConversationState(storage).CreateProperty<string>("step").GetAsync(turn, () => "none");
    }

    private static async Task<List<string>> FailAsync(TestAdapter adapter, TurnErrorHandler handler, Exception error)
    {
        using var turn = new TurnContext(adapter, Message(adapter, "yesterday"));
        await handler.HandleAsync(turn, error);
        var replies = new List<string>();
        while (adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity().Text);
        }

        return replies;
    }

    private static Activity Message(TestAdapter adapter, string text) => (Activity)adapter.MakeActivity(text).ApplyConversationReference(adapter.Conversation, isIncoming: true);

    private sealed class FixedMessage : ITurnErrorMessage
    {
        public string Text => "Sorry. If a life is at risk, call 999.";
    }
}
