using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs.Tests.Prompts;

public class TextPromptTests
{
    private const string GaveUp = "(not given)";

    private static DialogTestClient Client(PromptValidator<string>? validator = null, string? retry = "Please give a longer answer.")
        => new(PromptHost.For(
            new TextPrompt("text", validator),
            () => TestDialogs.Ask("What happened?", retry),
            result => $"got: {result}"));

    [Fact]
    public async Task ReturnsTheTextTheUserSent()
    {
        await Client().Flow()
            .Send("hi").AssertReply("What happened?")
            .Send("  My bike was stolen  ").AssertReply("got: My bike was stolen")
            .StartTestAsync();
    }

    [Fact]
    public async Task AsksAgainWithTheRetryPromptWhenTheValidatorRejects()
    {
        var client = Client((pc, ct) => Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value!.Length >= 5));

        await client.Flow()
            .Send("hi").AssertReply("What happened?")
            .Send("bike").AssertReply("Please give a longer answer.")
            .Send("cars").AssertReply("Please give a longer answer.")
            .Send("My bike was stolen").AssertReply("got: My bike was stolen")
            .StartTestAsync();
    }

    [Fact]
    public async Task WithoutARetryPromptTheQuestionIsAskedAgain()
    {
        var client = Client((pc, ct) => Task.FromResult(pc.Recognized.Value!.Length >= 5), retry: null);

        await client.Flow()
            .Send("hi").AssertReply("What happened?")
            .Send("bike").AssertReply("What happened?")
            .StartTestAsync();
    }

    [Fact]
    public async Task TheAttemptCountRisesWithEachAnswerAcrossTurns()
    {
        var seen = new List<int>();
        var client = Client((pc, ct) =>
        {
            seen.Add(pc.AttemptCount);
            return Task.FromResult(pc.Recognized.Value == "ok now");
        });

        await client.Flow()
            .Send("hi").AssertReply("What happened?")
            .Send("a").AssertReply("Please give a longer answer.")
            .Send("b").AssertReply("Please give a longer answer.")
            .Send("ok now").AssertReply("got: ok now")
            .StartTestAsync();

        Assert.Equal(new[] { 1, 2, 3 }, seen);
    }

    /// <summary>
    /// The give-up pattern: after N failed attempts the validator accepts, putting a sentinel value in
    /// Recognized.Value, and the caller's next step decides what to do with it.
    /// </summary>
    [Fact]
    public async Task AValidatorCanGiveUpAfterNAttemptsByAcceptingASentinel()
    {
        const int maxAttempts = 3;
        var client = Client((pc, ct) =>
        {
            if (pc.Recognized.Succeeded && pc.Recognized.Value!.Length >= 5)
            {
                return Task.FromResult(true);
            }

            if (pc.AttemptCount >= maxAttempts)
            {
                pc.Recognized.Value = GaveUp;
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        });

        await client.Flow()
            .Send("hi").AssertReply("What happened?")
            .Send("a").AssertReply("Please give a longer answer.")
            .Send("b").AssertReply("Please give a longer answer.")
            .Send("c").AssertReply($"got: {GaveUp}")
            .StartTestAsync();
    }

    [Fact]
    public async Task AValidatorThatRepliesItselfReplacesTheRetryPrompt()
    {
        var client = Client(async (pc, ct) =>
        {
            if (pc.Recognized.Value!.Length >= 5)
            {
                return true;
            }

            await pc.Context.SendActivityAsync($"'{pc.Recognized.Value}' is too short.", cancellationToken: ct);
            return false;
        });

        await client.Flow()
            .Send("hi").AssertReply("What happened?")
            .Send("bike").AssertReply("'bike' is too short.")
            .Send("My bike was stolen").AssertReply("got: My bike was stolen")
            .StartTestAsync();
    }

    [Fact]
    public async Task AMessageWithNoTextIsNotAnAnswer()
    {
        var client = Client();
        var attachmentOnly = (Microsoft.Bot.Schema.Activity)MessageFactory.Attachment(new Microsoft.Bot.Schema.Attachment("image/png", "https://example.test/a.png"));

        await client.Flow()
            .Send("hi").AssertReply("What happened?")
            .Send(attachmentOnly).AssertReply("Please give a longer answer.")
            .StartTestAsync();
    }

    [Fact]
    public async Task StartingAPromptWithOptionsOfTheWrongTypeIsAClearError()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("w", new WaterfallStep[] { (step, ct) => step.BeginDialogAsync("text", "not options", ct) }));
        root.AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient(root);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync("hi"));
    }
}
