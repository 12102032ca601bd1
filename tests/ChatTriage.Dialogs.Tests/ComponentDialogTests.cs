using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs.Tests;

public class ComponentDialogTests
{
    /// <summary>A component that asks for a colour and returns it.</summary>
    private sealed class ColourDialog : ComponentDialog
    {
        public ColourDialog(List<string> log)
            : base(nameof(ColourDialog))
        {
            Log = log;
            AddDialog(new WaterfallDialog("colourSteps", new WaterfallStep[]
            {
                (step, ct) => step.PromptAsync("colourText", TestDialogs.Ask("Colour?"), ct),
                (step, ct) => step.EndDialogAsync($"colour {step.Result}", ct),
            }));
            AddDialog(new TextPrompt("colourText"));
        }

        public List<string> Log { get; }

        protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            Log.Add($"colour ended {reason}");
            return Task.CompletedTask;
        }
    }

    /// <summary>A component that nests <see cref="ColourDialog"/> and handles "cancel" and "help" before its inner dialogs.</summary>
    private sealed class VehicleDialog : ComponentDialog
    {
        public VehicleDialog(List<string> log)
            : base(nameof(VehicleDialog))
        {
            AddDialog(new WaterfallDialog("vehicleSteps", new WaterfallStep[]
            {
                (step, ct) => step.PromptAsync("make", TestDialogs.Ask("Make?"), ct),
                async (step, ct) =>
                {
                    step.Values["make"] = step.Result!;
                    return await step.BeginDialogAsync(nameof(ColourDialog), null, ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.Values["make"]}, {step.Result}", ct),
            }));
            AddDialog(new TextPrompt("make"));
            AddDialog(new ColourDialog(log));
            InitialDialogId = "vehicleSteps";
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                case "help":
                    await innerDc.Context.SendActivityAsync("Helping.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return Dialog.EndOfTurn;
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }

    private static ComponentDialog Root(List<string> log)
    {
        var component = new ComponentDialog("main");
        component.AddDialog(new WaterfallDialog("mainSteps", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync(nameof(VehicleDialog), null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Vehicle: {step.Result ?? "none"}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        }));
        component.AddDialog(new VehicleDialog(log));
        return component;
    }

    [Fact]
    public async Task NestedComponentsRunAcrossTurnsAndReturnTheirResults()
    {
        var log = new List<string>();
        var main = Root(log);
        var client = new DialogTestClient(main);

        await client.Flow()
            .Send("hi").AssertReply("Make?")
            .Send("Ford").AssertReply("Colour?")
            .Send("blue").AssertReply("Vehicle: Ford, colour blue")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, client.LastResult!.Status);
        Assert.Equal("Ford, colour blue", client.LastResult.Result);
        Assert.Equal(new[] { "colour ended EndCalled" }, log);
    }

    [Fact]
    public async Task AComponentCanHandleAMessageBeforeItsInnerDialogsAndCancelThem()
    {
        var log = new List<string>();
        var main = Root(log);
        var client = new DialogTestClient(main);

        await client.Flow()
            .Send("hi").AssertReply("Make?")
            .Send("Ford").AssertReply("Colour?")
            .Send("cancel").AssertReply("Cancelled.").AssertReply("Vehicle: none")
            .StartTestAsync();

        // The nested colour component was cancelled, so it could clean up.
        Assert.Equal(new[] { "colour ended CancelCalled" }, log);
    }

    [Fact]
    public async Task AnInterruptionThatIsHandledKeepsThePromptWaiting()
    {
        var log = new List<string>();
        var main = Root(log);
        var client = new DialogTestClient(main);

        await client.Flow()
            .Send("hi").AssertReply("Make?")
            .Send("help").AssertReply("Helping.").AssertReply("Make?")
            .Send("Vauxhall").AssertReply("Colour?")
            .Send("help").AssertReply("Helping.").AssertReply("Colour?")
            .Send("red").AssertReply("Vehicle: Vauxhall, colour red")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancellingAllDialogsFromTheRootCancelsNestedComponents()
    {
        var log = new List<string>();
        var main = Root(log);
        var state = new ConversationState(new JsonRoundTripStorage());
        var accessor = state.CreateProperty<DialogState>("DialogState");
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter().Use(new AutoSaveStateMiddleware(state));

        await new Microsoft.Bot.Builder.Adapters.TestFlow(adapter, async (ctx, ct) =>
            {
                if (ctx.Activity.Text == "stop")
                {
                    var set = new DialogSet(accessor).Add(main);
                    var dc = await set.CreateContextAsync(ctx, ct);
                    var result = await dc.CancelAllDialogsAsync(ct);
                    await ctx.SendActivityAsync($"{result.Status}, stack {dc.Stack.Count}", cancellationToken: ct);
                    return;
                }

                await main.RunAsync(ctx, accessor, ct);
            })
            .Send("hi").AssertReply("Make?")
            .Send("Ford").AssertReply("Colour?")
            .Send("stop").AssertReply("Cancelled, stack 0")
            .Send("again").AssertReply("Make?")
            .StartTestAsync();

        Assert.Equal(new[] { "colour ended CancelCalled" }, log);
    }

    [Fact]
    public async Task AComponentThatFinishesOnItsFirstTurnEndsAtOnce()
    {
        var component = new ComponentDialog("quick");
        component.AddDialog(new WaterfallDialog("only", new WaterfallStep[]
        {
            (step, ct) => step.EndDialogAsync(42, ct),
        }));
        var client = new DialogTestClient(component);

        await client.SendAsync("hi");

        Assert.Equal(DialogTurnStatus.Complete, client.LastResult!.Status);
        Assert.Equal(42, client.LastResult.Result);
    }

    [Fact]
    public async Task InnerDialogsCanStartDialogsOfTheParentSet()
    {
        var root = new ComponentDialog("root");
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new WaterfallDialog("innerSteps", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("sharedText", TestDialogs.Ask("Shared?"), ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        }));
        root.AddDialog(new WaterfallDialog("rootSteps", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("inner", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        }));
        root.AddDialog(inner);
        root.AddDialog(new TextPrompt("sharedText"));
        var client = new DialogTestClient(root);

        await client.Flow()
            .Send("hi").AssertReply("Shared?")
            .Send("yes").AssertReply("got yes")
            .StartTestAsync();
    }

    [Fact]
    public void TheFirstDialogAddedIsTheInitialDialog()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new TextPrompt("first")).AddDialog(new TextPrompt("second"));

        Assert.Equal("first", component.InitialDialogId);
        Assert.NotNull(component.FindDialog("second"));
    }
    /// <summary>A component that looks at the first message too, not only later ones.</summary>
    private sealed class WatchfulDialog : ComponentDialog
    {
        public WatchfulDialog()
            : base(nameof(WatchfulDialog))
        {
            AddDialog(new WaterfallDialog("steps", new WaterfallStep[]
            {
                (step, ct) => step.PromptAsync("text", TestDialogs.Ask("Go on?"), ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            }));
            AddDialog(new TextPrompt("text"));
        }

        protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
        {
            if (innerDc.Context.Activity.Text == "stop")
            {
                await innerDc.Context.SendActivityAsync("Stopped before starting.", cancellationToken: cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            }

            return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            if (innerDc.Context.Activity.Text == "stop everything")
            {
                // Leave the component and every dialog around it.
                return await innerDc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
            }

            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    [Fact]
    public async Task AComponentCanInterceptTheMessageThatStartsIt()
    {
        var client = new DialogTestClient(new WatchfulDialog());

        await client.Flow()
            .Send("stop").AssertReply("Stopped before starting.")
            .Send("hello").AssertReply("Go on?")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancellingWithParentsLeavesEveryEnclosingDialog()
    {
        var outer = new ComponentDialog("outer");
        outer.AddDialog(new WaterfallDialog("outerSteps", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync(nameof(WatchfulDialog), null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("outer resumed", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        }));
        outer.AddDialog(new WatchfulDialog());
        var client = new DialogTestClient(outer);

        await client.Flow()
            .Send("hi").AssertReply("Go on?")
            .Send("stop everything")
            .Send("hi again").AssertReply("Go on?")
            .StartTestAsync();

        // The outer waterfall was not resumed ("outer resumed" was never said) and the stack emptied.
        Assert.Equal(DialogTurnStatus.Complete, client.Results[1].Status);
        Assert.Null(client.Results[1].Result);
    }
}
