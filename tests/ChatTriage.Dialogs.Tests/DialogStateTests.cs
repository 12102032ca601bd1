using ChatTriage.Dialogs.Choices;
using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs.Tests;

public class DialogStateTests
{
    private static ComponentDialog CountingDialog(List<object> seenTypes)
    {
        var root = new ComponentDialog("counter");
        root.AddDialog(new WaterfallDialog("steps", new WaterfallStep[]
        {
            async (step, ct) =>
            {
                step.Values["count"] = 1;
                return await step.PromptAsync("text", TestDialogs.Ask("First?"), ct);
            },
            async (step, ct) =>
            {
                seenTypes.Add(step.Values["count"].GetType());
                step.Values["count"] = Convert.ToInt32(step.Values["count"]) + 1;
                step.Values["first"] = step.Result!;
                return await step.PromptAsync("text", TestDialogs.Ask("Second?"), ct);
            },
            async (step, ct) =>
            {
                var count = Convert.ToInt32(step.Values["count"]) + 1;
                await step.Context.SendActivityAsync($"{step.Values["first"]}+{step.Result} after {count}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        }));
        root.AddDialog(new TextPrompt("text"));
        return root;
    }

    [Fact]
    public async Task StateSurvivesARealJsonRoundTripBetweenTurns()
    {
        var seen = new List<object>();
        var storage = new JsonRoundTripStorage();
        var client = new DialogTestClient(CountingDialog(seen), storage);

        await client.Flow()
            .Send("hi").AssertReply("First?")
            .Send("a").AssertReply("Second?")
            .Send("b").AssertReply("a+b after 3")
            .StartTestAsync();

        // The int written on turn 1 came back from JSON as a long: the step read it with Convert.ToInt32.
        Assert.Equal(new object[] { typeof(long) }, seen);
        Assert.True(storage.WriteCount >= 3);
    }

    [Fact]
    public async Task TheStackIsStoredAsJsonWithThePromptOnTop()
    {
        var storage = new JsonRoundTripStorage();
        var client = new DialogTestClient(CountingDialog(new List<object>()), storage);

        await client.SendAsync("hi");

        var json = Assert.Single(storage.RawItems.Values);
        Assert.Contains("\"DialogStack\"", json, StringComparison.Ordinal);
        Assert.Contains("\"AttemptCount\"", json, StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"text\"", StringComparison.Ordinal) < json.IndexOf("\"steps\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorksOverBotFrameworkMemoryStorageToo()
    {
        var client = new DialogTestClient(CountingDialog(new List<object>()), new MemoryStorage());

        await client.Flow()
            .Send("hi").AssertReply("First?")
            .Send("a").AssertReply("Second?")
            .Send("b").AssertReply("a+b after 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task TwoConversationsInterleavedDoNotShareState()
    {
        var storage = new JsonRoundTripStorage();
        var dialog = CountingDialog(new List<object>());
        var alice = new DialogTestClient(dialog, storage, "alice");
        var bob = new DialogTestClient(dialog, storage, "bob");

        Assert.Equal("First?", (await alice.SendAsync("hi")).Single().Text);
        Assert.Equal("First?", (await bob.SendAsync("hi")).Single().Text);
        Assert.Equal("Second?", (await alice.SendAsync("alice-1")).Single().Text);
        Assert.Equal("Second?", (await bob.SendAsync("bob-1")).Single().Text);
        Assert.Equal("bob-1+bob-2 after 3", (await bob.SendAsync("bob-2")).Single().Text);
        Assert.Equal("alice-1+alice-2 after 3", (await alice.SendAsync("alice-2")).Single().Text);

        Assert.Equal(2, storage.RawItems.Count);
    }

    [Fact]
    public async Task AttemptCountsSurviveTheRoundTripAndStayPerConversation()
    {
        var storage = new JsonRoundTripStorage();
        var attempts = new List<(string Conversation, int Attempt)>();
        var dialog = PromptHost.For(
            new TextPrompt("text", (pc, ct) =>
            {
                attempts.Add((pc.Context.Activity.Conversation.Id, pc.AttemptCount));
                return Task.FromResult(pc.Recognized.Value == "done");
            }),
            () => TestDialogs.Ask("Q?", "Again?"),
            r => $"ok {r}");
        var one = new DialogTestClient(dialog, storage, "one");
        var two = new DialogTestClient(dialog, storage, "two");

        await one.SendAsync("hi");
        await two.SendAsync("hi");
        await one.SendAsync("x");
        await one.SendAsync("x");
        await two.SendAsync("x");
        await one.SendAsync("done");

        Assert.Equal(new[] { 1, 2, 3 }, attempts.Where(a => a.Conversation == "one").Select(a => a.Attempt));
        Assert.Equal(new[] { 1 }, attempts.Where(a => a.Conversation == "two").Select(a => a.Attempt));
    }
    [Fact]
    public async Task WorksOverPlainJsonStorageThatKeepsNoTypeNames()
    {
        var client = new DialogTestClient(CountingDialog(new List<object>()), new JsonRoundTripStorage(keepTypeNames: false));

        await client.Flow()
            .Send("hi").AssertReply("First?")
            .Send("a").AssertReply("Second?")
            .Send("b").AssertReply("a+b after 3")
            .Send("again").AssertReply("First?")
            .StartTestAsync();
    }

    [Fact]
    public async Task PromptsAndNestedComponentsWorkOverPlainJsonStorage()
    {
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new WaterfallDialog("innerSteps", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("pick", new PromptOptions
            {
                Prompt = MessageFactory.Text("Pick one."),
                RetryPrompt = MessageFactory.Text("Pick again."),
                Choices = ChoiceFactory.ToChoices(new[] { "red", "blue" }),
            }, ct),
            (step, ct) => step.EndDialogAsync(((FoundChoice)step.Result!).Value, ct),
        }));
        inner.AddDialog(new ChoicePrompt("pick"));
        var dialog = PromptHost.For(inner, () => new PromptOptions(), r => $"picked {r}");
        var client = new DialogTestClient(dialog, new JsonRoundTripStorage(keepTypeNames: false));

        await client.Flow()
            .Send("hi").AssertReply(a => Assert.Equal(2, a.AsMessageActivity().SuggestedActions.Actions.Count))
            .Send("green").AssertReply(a => Assert.Equal("Pick again.", a.AsMessageActivity().Text))
            .Send("second").AssertReply("picked blue")
            .StartTestAsync();
    }
}
