using ChatTriage.Dialogs.Choices;
using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Tests.Prompts;

public class ChoicePromptTests
{
    private static PromptOptions Options(ListStyle? style = null) => new()
    {
        Prompt = MessageFactory.Text("Which service?"),
        RetryPrompt = MessageFactory.Text("Please pick one of the options."),
        Choices = ChoiceFactory.ToChoices(new[] { "Report a crime", "Road collision", "Something else" }),
        Style = style,
    };

    private static DialogTestClient Client(PromptValidator<FoundChoice>? validator = null, ListStyle? style = null)
        => new(PromptHost.For(
            new ChoicePrompt("choice", validator),
            () => Options(style),
            result => result is FoundChoice found ? $"{found.Index}: {found.Value}" : "nothing"));

    [Fact]
    public async Task ShowsTheChoicesAsSuggestedActions()
    {
        await Client().Flow()
            .Send("hi")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.Equal("Which service?", message.Text);
                var actions = message.SuggestedActions.Actions;
                Assert.Equal(new[] { "Report a crime", "Road collision", "Something else" }, actions.Select(a => a.Title));
                Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
                Assert.Equal("Road collision", actions[1].Value);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Road collision", "1: Road collision")]
    [InlineData("2", "1: Road collision")]
    [InlineData("second", "1: Road collision")]
    [InlineData("road colision", "1: Road collision")]
    [InlineData("crime", "0: Report a crime")]
    [InlineData("something ELSE!", "2: Something else")]
    public async Task ReturnsTheFoundChoice(string reply, string expected)
    {
        await Client().Flow()
            .Send("hi").AssertReply("Which service?")
            .Send(reply).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task RetriesWithTheChoicesShownAgainWhenTheReplyMatchesNothing()
    {
        await Client().Flow()
            .Send("hi").AssertReply("Which service?")
            .Send("banana")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.Equal("Please pick one of the options.", message.Text);
                Assert.Equal(3, message.SuggestedActions.Actions.Count);
            })
            .Send("3").AssertReply("2: Something else")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(ListStyle.List, "Which service?\n1. Report a crime\n2. Road collision\n3. Something else")]
    [InlineData(ListStyle.Inline, "Which service? (1) Report a crime, (2) Road collision, or (3) Something else")]
    [InlineData(ListStyle.None, "Which service?")]
    public async Task TextStylesWriteTheChoicesIntoTheMessage(ListStyle style, string expected)
    {
        await Client(style: style).Flow()
            .Send("hi")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.Equal(expected, message.Text);
                Assert.Null(message.SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheValidatorSeesTheFoundChoiceAndCanRejectIt()
    {
        var client = Client((pc, ct) => Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value!.Index != 2));

        await client.Flow()
            .Send("hi").AssertReply("Which service?")
            .Send("something else").AssertReply("Please pick one of the options.")
            .Send("crime").AssertReply("0: Report a crime")
            .StartTestAsync();
    }

    [Fact]
    public async Task RetryingDoesNotAccumulateButtonsOrTextInThePersistedPrompt()
    {
        var client = Client(style: ListStyle.List);

        await client.Flow()
            .Send("hi").AssertReply(a => Assert.Equal(4, a.AsMessageActivity().Text.Split('\n').Length))
            .Send("banana").AssertReply(a => Assert.Equal(4, a.AsMessageActivity().Text.Split('\n').Length))
            .Send("banana").AssertReply(a => Assert.Equal(4, a.AsMessageActivity().Text.Split('\n').Length))
            .StartTestAsync();
    }
}
