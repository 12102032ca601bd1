using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;

namespace ChatTriage.Dialogs.Tests;

public class WaterfallDialogTests
{
    private static ComponentDialog NameAndAgeDialog()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("steps", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", TestDialogs.Ask("Your name?"), ct),
            async (step, ct) =>
            {
                step.Values["name"] = (string)step.Result!;
                step.Values["count"] = 1;
                return await step.PromptAsync("text", TestDialogs.Ask("Your town?"), ct);
            },
            async (step, ct) =>
            {
                // After a round trip through JSON the int is a long: Convert.ToInt32 reads either.
                var count = Convert.ToInt32(step.Values["count"]) + 1;
                await step.Context.SendActivityAsync($"{step.Values["name"]} from {step.Result}, {count} answers", cancellationToken: ct);
                return await step.EndDialogAsync("done", ct);
            },
        }));
        root.AddDialog(new TextPrompt("text"));
        return root;
    }

    [Fact]
    public async Task RunsStepsInOrderAcrossTurnsKeepingValues()
    {
        var client = new DialogTestClient(NameAndAgeDialog());

        await client.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("Sam").AssertReply("Your town?")
            .Send("Stevenage").AssertReply("Sam from Stevenage, 2 answers")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, client.LastResult!.Status);
        Assert.Equal("done", client.LastResult.Result);
    }

    [Fact]
    public async Task StartsAgainAfterCompleting()
    {
        var client = new DialogTestClient(NameAndAgeDialog());

        await client.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("Sam").AssertReply("Your town?")
            .Send("Hitchin").AssertReply("Sam from Hitchin, 2 answers")
            .Send("again").AssertReply("Your name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsyncSkipsToTheNextStepWithAResult()
    {
        var waterfall = new WaterfallDialog("w", new WaterfallStep[]
        {
            (step, ct) => step.NextAsync("skipped", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {step.Index} got {step.Result} because {step.Reason}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        });
        var client = new DialogTestClient(waterfall);

        await client.Flow()
            .Send("go").AssertReply("step 1 got skipped because NextCalled")
            .StartTestAsync();
    }

    [Fact]
    public async Task CallingNextAsyncTwiceInOneStepIsAnError()
    {
        var waterfall = new WaterfallDialog("w", new WaterfallStep[]
        {
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        });
        var client = new DialogTestClient(waterfall);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("go"));
    }

    [Fact]
    public async Task AWaitingWaterfallWithoutAPromptReceivesTheMessageTextAsResult()
    {
        var waterfall = new WaterfallDialog("w", new WaterfallStep[]
        {
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("say anything", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"you said {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        });
        var client = new DialogTestClient(waterfall);

        await client.Flow()
            .Send("start").AssertReply("say anything")
            .Send("hello there").AssertReply("you said hello there")
            .StartTestAsync();
    }

    [Fact]
    public async Task OptionsPassedAtBeginAreAvailableInEveryStep()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("outer", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("inner", new Dictionary<string, object> { ["force"] = "Herts" }, ct),
        }));
        root.AddDialog(new WaterfallDialog("inner", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", TestDialogs.Ask("Anything?"), ct),
            async (step, ct) =>
            {
                var options = (IDictionary<string, object>)step.Options!;
                await step.Context.SendActivityAsync($"force {options["force"]}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        }));
        root.AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient(root);

        await client.Flow()
            .Send("start").AssertReply("Anything?")
            .Send("yes").AssertReply("force Herts")
            .StartTestAsync();
    }

    [Fact]
    public async Task IgnoresNonMessageActivitiesWhileWaiting()
    {
        var client = new DialogTestClient(NameAndAgeDialog());

        await client.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send(new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Typing))
            .Send("Sam").AssertReply("Your town?")
            .StartTestAsync();
    }
    [Fact]
    public async Task AStepCanReplaceTheWaterfallWithItselfToLoop()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("loop", new WaterfallStep[]
        {
            async (step, ct) =>
            {
                step.Values["items"] = step.Options ?? new List<string>();
                return await step.PromptAsync("text", TestDialogs.Ask("Item? (say done to finish)"), ct);
            },
            async (step, ct) =>
            {
                var items = ((IEnumerable<string>)step.Values["items"]).ToList();
                if ((string)step.Result! == "done")
                {
                    await step.Context.SendActivityAsync($"items: {string.Join(", ", items)}", cancellationToken: ct);
                    return await step.EndDialogAsync(items.Count, ct);
                }

                items.Add((string)step.Result!);
                return await step.ReplaceDialogAsync("loop", items, ct);
            },
        }));
        root.AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient(root);

        await client.Flow()
            .Send("hi").AssertReply("Item? (say done to finish)")
            .Send("phone").AssertReply("Item? (say done to finish)")
            .Send("wallet").AssertReply("Item? (say done to finish)")
            .Send("done").AssertReply("items: phone, wallet")
            .StartTestAsync();

        Assert.Equal(2, client.LastResult!.Result);
    }
}
