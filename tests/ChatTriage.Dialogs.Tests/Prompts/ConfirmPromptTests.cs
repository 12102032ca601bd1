using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;

namespace ChatTriage.Dialogs.Tests.Prompts;

public class ConfirmPromptTests
{
    private static DialogTestClient Client(ConfirmPrompt? prompt = null)
        => new(PromptHost.For(
            prompt ?? new ConfirmPrompt("confirm"),
            () => TestDialogs.Ask("Is anyone hurt?", "Please answer yes or no."),
            result => $"answer {result}"));

    [Fact]
    public async Task OffersYesAndNoButtons()
    {
        await Client().Flow()
            .Send("hi")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.Equal("Is anyone hurt?", message.Text);
                Assert.Equal(new[] { "Yes", "No" }, message.SuggestedActions.Actions.Select(a => a.Title));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Yes", "answer True")]
    [InlineData("yeah", "answer True")]
    [InlineData("aye", "answer True")]
    [InlineData("1", "answer True")]
    [InlineData("No", "answer False")]
    [InlineData("nah", "answer False")]
    [InlineData("not really", "answer False")]
    [InlineData("2", "answer False")]
    public async Task ReturnsTheAnswer(string reply, string expected)
    {
        await Client().Flow()
            .Send("hi").AssertReply("Is anyone hurt?")
            .Send(reply).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task AsksAgainWhenTheReplyIsNeither()
    {
        await Client().Flow()
            .Send("hi").AssertReply("Is anyone hurt?")
            .Send("not sure").AssertReply(a =>
            {
                Assert.Equal("Please answer yes or no.", a.AsMessageActivity().Text);
                Assert.Equal(2, a.AsMessageActivity().SuggestedActions.Actions.Count);
            })
            .Send("no").AssertReply("answer False")
            .StartTestAsync();
    }

    [Fact]
    public async Task ButtonTitlesCanBeChangedAndAreAcceptedAsAnswers()
    {
        var prompt = new ConfirmPrompt("confirm", yesTitle: "Yes, someone is hurt", noTitle: "No one is hurt");

        await Client(prompt).Flow()
            .Send("hi").AssertReply(a => Assert.Equal(
                new[] { "Yes, someone is hurt", "No one is hurt" },
                a.AsMessageActivity().SuggestedActions.Actions.Select(x => x.Title)))
            .Send("No one is hurt").AssertReply("answer False")
            .StartTestAsync();
    }

    [Fact]
    public async Task AValidatorCanTurnAnUnsureReplyIntoTheCallersChoice()
    {
        var prompt = new ConfirmPrompt("confirm", (pc, ct) =>
        {
            if (!pc.Recognized.Succeeded && pc.AttemptCount >= 2)
            {
                // Give up gracefully: treat "still unsure" as no, as the caller decided.
                pc.Recognized.Value = false;
                return Task.FromResult(true);
            }

            return Task.FromResult(pc.Recognized.Succeeded);
        });

        await Client(prompt).Flow()
            .Send("hi").AssertReply("Is anyone hurt?")
            .Send("dunno").AssertReply("Please answer yes or no.")
            .Send("maybe").AssertReply("answer False")
            .StartTestAsync();
    }
    [Fact]
    public async Task TwoChoicesInTheOptionsReplaceYesAndNo()
    {
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text("Is it happening now?"),
            Choices = Dialogs.Choices.ChoiceFactory.ToChoices(new[] { "It's happening now", "It has already happened" }),
        };
        var client = new DialogTestClient(PromptHost.For(new ConfirmPrompt("confirm"), () => options, r => $"answer {r}"));

        await client.Flow()
            .Send("hi").AssertReply(a => Assert.Equal(
                new[] { "It's happening now", "It has already happened" },
                a.AsMessageActivity().SuggestedActions.Actions.Select(x => x.Title)))
            .Send("it has already happened").AssertReply("answer False")
            .StartTestAsync();
    }
}
