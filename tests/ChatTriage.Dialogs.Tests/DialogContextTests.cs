using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs.Tests;

public class DialogContextTests
{
    private sealed class RecordingDialog : Dialog
    {
        public RecordingDialog(string id, List<string> log)
            : base(id)
        {
            Log = log;
        }

        public List<string> Log { get; }

        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            Log.Add($"begin {Id}");
            await dc.Context.SendActivityAsync($"{Id} waiting", cancellationToken: cancellationToken);
            return EndOfTurn;
        }

        public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        {
            await turnContext.SendActivityAsync($"{Id} again", cancellationToken: cancellationToken);
        }

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            Log.Add($"end {Id} {reason}");
            return Task.CompletedTask;
        }
    }

    private static (DialogSet Set, ConversationState State, IStatePropertyAccessor<DialogState> Accessor) NewSet(params Dialog[] dialogs)
    {
        var state = new ConversationState(new JsonRoundTripStorage());
        var accessor = state.CreateProperty<DialogState>("DialogState");
        var set = new DialogSet(accessor);
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        return (set, state, accessor);
    }

    private static async Task InTurnAsync(string text, Func<ITurnContext, Task> turn)
    {
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        await adapter.ProcessActivityAsync((Microsoft.Bot.Schema.Activity)MessageFactory.Text(text), (ctx, ct) => turn(ctx), CancellationToken.None);
    }

    [Fact]
    public async Task ContinueWithAnEmptyStackReportsEmpty()
    {
        var (set, _, _) = NewSet();
        await InTurnAsync("hi", async ctx =>
        {
            var dc = await set.CreateContextAsync(ctx);
            var result = await dc.ContinueDialogAsync();
            Assert.Equal(DialogTurnStatus.Empty, result.Status);
            Assert.Null(dc.ActiveDialog);
        });
    }

    [Fact]
    public async Task BeginPushesOnTopAndEndResumesTheDialogBeneathWithTheResult()
    {
        var log = new List<string>();
        var parent = new WaterfallDialog("parent", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            async (step, ct) =>
            {
                log.Add($"parent got {step.Result}");
                return await step.EndDialogAsync("parent result", ct);
            },
        });
        var child = new RecordingDialog("child", log);
        var (set, _, _) = NewSet(parent, child);

        await InTurnAsync("hi", async ctx =>
        {
            var dc = await set.CreateContextAsync(ctx);
            await dc.BeginDialogAsync("parent");
            Assert.Equal(new[] { "child", "parent" }, dc.Stack.Select(i => i.Id));

            var result = await dc.EndDialogAsync("child result");

            Assert.Equal(DialogTurnStatus.Complete, result.Status);
            Assert.Equal("parent result", result.Result);
            Assert.Empty(dc.Stack);
        });

        Assert.Equal(new[] { "begin child", "end child EndCalled", "parent got child result" }, log);
    }

    [Fact]
    public async Task ReplaceEndsTheActiveDialogWithoutResumingTheOneBeneath()
    {
        var log = new List<string>();
        var (set, _, _) = NewSet(new RecordingDialog("a", log), new RecordingDialog("b", log), new RecordingDialog("base", log));

        await InTurnAsync("hi", async ctx =>
        {
            var dc = await set.CreateContextAsync(ctx);
            await dc.BeginDialogAsync("base");
            await dc.BeginDialogAsync("a");
            var result = await dc.ReplaceDialogAsync("b");

            Assert.Equal(DialogTurnStatus.Waiting, result.Status);
            Assert.Equal(new[] { "b", "base" }, dc.Stack.Select(i => i.Id));
        });

        Assert.Equal(new[] { "begin base", "begin a", "end a ReplaceCalled", "begin b" }, log);
    }

    [Fact]
    public async Task CancelAllEndsEveryDialogTopFirst()
    {
        var log = new List<string>();
        var (set, _, _) = NewSet(new RecordingDialog("a", log), new RecordingDialog("b", log));

        await InTurnAsync("hi", async ctx =>
        {
            var dc = await set.CreateContextAsync(ctx);
            await dc.BeginDialogAsync("a");
            await dc.BeginDialogAsync("b");

            var result = await dc.CancelAllDialogsAsync();

            Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
            Assert.Empty(dc.Stack);
            Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
        });

        Assert.Equal(new[] { "begin a", "begin b", "end b CancelCalled", "end a CancelCalled" }, log);
    }

    [Fact]
    public async Task RepromptAsksTheActiveDialogAgain()
    {
        var (set, _, _) = NewSet(new TextPrompt("text"));
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        await adapter.ProcessActivityAsync((Microsoft.Bot.Schema.Activity)MessageFactory.Text("hi"), async (ctx, ct) =>
        {
            var dc = await set.CreateContextAsync(ctx, ct);
            await dc.PromptAsync("text", TestDialogs.Ask("Name?", "Just your name, please."), ct);
            await dc.RepromptDialogAsync(ct);
        }, CancellationToken.None);

        Assert.Equal("Name?", adapter.GetNextReply().AsMessageActivity().Text);
        Assert.Equal("Name?", adapter.GetNextReply().AsMessageActivity().Text);
    }

    [Fact]
    public async Task BeginningAnUnknownDialogIsAClearError()
    {
        var (set, _, _) = NewSet();
        await InTurnAsync("hi", async ctx =>
        {
            var dc = await set.CreateContextAsync(ctx);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));
            Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AddingADifferentDialogWithAnIdAlreadyUsedIsRejected()
    {
        var set = new DialogSet();
        set.Add(new TextPrompt("same"));

        Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("same")));
        Assert.NotNull(set.Find("same"));
        Assert.Null(set.Find("other"));
    }

    [Fact]
    public async Task CreatingAContextFromASetWithoutStateIsAClearError()
    {
        var set = new DialogSet();
        await InTurnAsync("hi", async ctx =>
            await Assert.ThrowsAsync<InvalidOperationException>(() => set.CreateContextAsync(ctx)));
    }
}
