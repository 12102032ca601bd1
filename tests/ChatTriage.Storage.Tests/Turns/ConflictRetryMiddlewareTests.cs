using ChatTriage.Storage.State;
using ChatTriage.Storage.Tests.Infrastructure;
using ChatTriage.Storage.Transcripts;
using ChatTriage.Storage.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatTriage.Storage.Tests.Turns;

/// <summary>
/// Two turns of one conversation racing on shared state (SQLite here): the loser is run again on the winner's state,
/// the resident reads only the replies of the attempt that saved, and nothing before the retry runs twice.
/// </summary>
public sealed class ConflictRetryMiddlewareTests : IAsyncLifetime
{
    private readonly TestDatabases databases = new(DatabaseKind.Sqlite);
    private IStorage storage = null!;

    [Fact]
    public async Task ATurnThatLosesTheRaceRunsAgainOnTheWinnersStateAndOnlyItsLastRepliesAreSent()
    {
        var (adapter, state, transcript) = Pipeline(out var before);
        var attempts = 0;

        await new TestFlow(adapter, CountingBot(state, () => ++attempts == 1))
            .Send("hello")
            .AssertReply("before the retry")
            .AssertReply(a => Assert.Equal("count was 1", a.AsMessageActivity().Text))
            .StartTestAsync();

        Assert.Equal(2, attempts);
        Assert.Single(before);
        Assert.Equal(2, await StoredCountAsync(adapter.Conversation.Conversation.Id));
        var logged = (await transcript.GetTranscriptActivitiesAsync("test", adapter.Conversation.Conversation.Id)).Items.Where(a => a.From.Id == "bot").Select(a => a.AsMessageActivity().Text);
        Assert.Equal(["before the retry", "count was 1"], logged);
    }

    [Fact]
    public async Task ATurnThatKeepsLosingGoesToTheErrorHandlerWithoutItsStaleReplies()
    {
        var (adapter, state, _) = Pipeline(out _);
        Exception? handled = null;
        adapter.OnTurnError = async (turn, error) =>
        {
            handled = error;
            await turn.SendActivityAsync("sorry, please send that again");
        };
        var attempts = 0;

        await new TestFlow(adapter, CountingBot(state, () => ++attempts > 0))
            .Send("hello")
            .AssertReply("before the retry")
            .AssertReply("sorry, please send that again")
            .StartTestAsync();

        Assert.Equal(ConflictRetryMiddleware.MaxAttempts, attempts);
        Assert.IsType<StorageConflictException>(handled);
        Assert.Equal(ConflictRetryMiddleware.MaxAttempts, await StoredCountAsync(adapter.Conversation.Conversation.Id));
    }

    [Fact]
    public async Task RepliesSentBeforeAnotherErrorStillGoOutBeforeTheApologyAndAreInTheTranscript()
    {
        var (adapter, _, transcript) = Pipeline(out _);
        adapter.OnTurnError = (turn, _) => turn.SendActivityAsync("sorry, something went wrong");

        await new TestFlow(adapter, async (turn, ct) =>
            {
                await turn.SendActivityAsync("first answer", cancellationToken: ct);
                throw new InvalidOperationException("broken");
            })
            .Send("hello")
            .AssertReply("before the retry")
            .AssertReply("first answer")
            .AssertReply("sorry, something went wrong")
            .StartTestAsync();

        var logged = (await transcript.GetTranscriptActivitiesAsync("test", adapter.Conversation.Conversation.Id)).Items.Where(a => a.From.Id == "bot").Select(a => a.AsMessageActivity().Text);
        Assert.Equal(["before the retry", "first answer"], logged);
    }

    [Fact]
    public async Task TypingGoesOutAtOnceWhileAnswersWaitForTheSave()
    {
        var (adapter, state, _) = Pipeline(out _);
        var seenByTheChannel = new List<string>();

        await new TestFlow(adapter, async (turn, ct) =>
            {
                await turn.SendActivityAsync("answer", cancellationToken: ct);
                await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
                seenByTheChannel.AddRange(adapter.ActiveQueue.Select(a => a.Type == ActivityTypes.Typing ? "typing" : a.Text));
                await state.SaveChangesAsync(turn, false, ct);
            })
            .Send("hello")
            .AssertReply("before the retry")
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply("answer")
            .StartTestAsync();

        Assert.DoesNotContain("answer", seenByTheChannel);
    }

    public async Task InitializeAsync() => storage = new SqlStorage((await databases.CreateAsync()).Database);

    public Task DisposeAsync() => databases.DisposeAsync();

    private static IStatePropertyAccessor<int> Count(ConversationState state) => state.CreateProperty<int>("count");

    /// <summary>A bot that says the count, adds one and saves; when <paramref name="raceLost"/> says so, another instance saves first.</summary>
    private BotCallbackHandler CountingBot(ConversationState state, Func<bool> raceLost) => async (turn, ct) =>
    {
        var count = await Count(state).GetAsync(turn, () => 0, ct);
        await turn.SendActivityAsync($"count was {count}", cancellationToken: ct);
        await Count(state).SetAsync(turn, count + 1, ct);
        if (raceLost())
        {
            await AnotherInstanceIncrementsAsync(turn.Activity.Conversation.Id);
        }

        await state.SaveChangesAsync(turn, false, ct);
    };

    /// <summary>The pipeline as the host builds it: outbox, transcript, something that replies before the retry (like the 999 interrupt), retry.</summary>
    private (TestAdapter Adapter, ConversationState State, MemoryTranscriptStore Transcript) Pipeline(out List<string> before)
    {
        var state = new ConversationState(storage);
        var transcript = new MemoryTranscriptStore();
        var seen = new List<string>();
        before = seen;
        var adapter = new TestAdapter()
            .Use(new OutboxMiddleware(NullLogger<OutboxMiddleware>.Instance))
            .Use(new TurnTranscriptMiddleware(transcript, NullLogger<TurnTranscriptMiddleware>.Instance))
            .Use(new ReplyFirstMiddleware("before the retry", seen))
            .Use(new ConflictRetryMiddleware(state, new UserState(storage), NullLogger<ConflictRetryMiddleware>.Instance));
        return (adapter, state, transcript);
    }

    private async Task AnotherInstanceIncrementsAsync(string conversationId)
    {
        var other = new ConversationState(storage);
        using var turn = OtherTurn(conversationId);
        await Count(other).SetAsync(turn, await Count(other).GetAsync(turn, () => 0) + 1);
        await other.SaveChangesAsync(turn);
    }

    private async Task<int> StoredCountAsync(string conversationId)
    {
        using var turn = OtherTurn(conversationId);
        return await Count(new ConversationState(storage)).GetAsync(turn, () => 0);
    }

    /// <summary>A turn of the same conversation as TestFlow's, on "another instance".</summary>
    private static TurnContext OtherTurn(string conversationId) => new(
        new TestAdapter(),
        new Activity(ActivityTypes.Message)
        {
            ChannelId = "test",
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("user1"),
            Recipient = new ChannelAccount("bot"),
        });

    private sealed class ReplyFirstMiddleware(string text, List<string> seen) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            seen.Add(text);
            await turnContext.SendActivityAsync(text, cancellationToken: cancellationToken);
            await next(cancellationToken);
        }
    }
}
