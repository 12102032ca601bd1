using ChatTriage.Dialogs.Choices;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Tests.Choices;

public class ChoiceFactoryTests
{
    private static readonly IList<Choice> Two = ChoiceFactory.ToChoices(new[] { "Yes", "No" });

    [Fact]
    public void InlineUsesOrBetweenTwoChoices()
    {
        Assert.Equal("Sure? (1) Yes or (2) No", ChoiceFactory.Inline(Two, "Sure?").Text);
    }

    [Fact]
    public void InlineSeparatorsAndNumbersCanBeChanged()
    {
        var options = new ChoiceFactoryOptions { InlineOr = " / ", IncludeNumbers = false };

        Assert.Equal("Yes / No", ChoiceFactory.Inline(Two, null, null, options).Text);
    }

    [Fact]
    public void ListWithoutNumbersUsesDashes()
    {
        Assert.Equal("Pick:\n- Yes\n- No", ChoiceFactory.List(Two, "Pick:", null, new ChoiceFactoryOptions { IncludeNumbers = false }).Text);
    }

    [Fact]
    public void SuggestedActionsUseTheChoicesOwnButtonWhenGiven()
    {
        var choices = new List<Choice>
        {
            new("call") { Action = new CardAction(ActionTypes.OpenUrl, "Call 101", value: "tel:101") },
            new("chat"),
        };

        var actions = ChoiceFactory.SuggestedAction(choices, "How?").SuggestedActions.Actions;

        Assert.Equal(ActionTypes.OpenUrl, actions[0].Type);
        Assert.Equal("tel:101", actions[0].Value);
        Assert.Equal(ActionTypes.ImBack, actions[1].Type);
    }

    [Fact]
    public void AutoUsesButtonsForAFewChoicesAndAListForMany()
    {
        var few = ChoiceFactory.ForStyle(Two, ListStyle.Auto, "Q");
        var many = ChoiceFactory.ForStyle(ChoiceFactory.ToChoices(Enumerable.Range(1, ChoiceFactory.MaxSuggestedActions + 1).Select(i => $"c{i}")), ListStyle.Auto, "Q");

        Assert.NotNull(few.SuggestedActions);
        Assert.Equal("Q", few.Text);
        Assert.Null(many.SuggestedActions);
        Assert.StartsWith("Q\n1. c1\n2. c2", many.Text, StringComparison.Ordinal);
    }
}
