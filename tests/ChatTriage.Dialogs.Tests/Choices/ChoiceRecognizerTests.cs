using ChatTriage.Dialogs.Choices;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Tests.Choices;

public class ChoiceRecognizerTests
{
    private static readonly IList<Choice> Services = new List<Choice>
    {
        new("Report a crime") { Synonyms = new List<string> { "crime", "offence" } },
        new("Road collision") { Synonyms = new List<string> { "crash", "accident" } },
        new("Lost property"),
        new("Something else"),
    };

    [Theory]
    [InlineData("Report a crime", 0)]
    [InlineData("report a crime", 0)]
    [InlineData("REPORT A CRIME!!", 0)]
    [InlineData("  Report, a crime. ", 0)]
    [InlineData("1", 0)]
    [InlineData("2", 1)]
    [InlineData("2.", 1)]
    [InlineData("number 3", 2)]
    [InlineData("option 4", 3)]
    [InlineData("first", 0)]
    [InlineData("second", 1)]
    [InlineData("the second one", 1)]
    [InlineData("2nd", 1)]
    [InlineData("third", 2)]
    [InlineData("last", 3)]
    [InlineData("the last one", 3)]
    [InlineData("two", 1)]
    [InlineData("one", 0)]
    [InlineData("crash", 1)]
    [InlineData("Accident", 1)]
    [InlineData("offence", 0)]
    [InlineData("I want to report a crime please", 0)]
    [InlineData("there was a crash on the A1", 1)]
    [InlineData("lost", 2)]
    [InlineData("I've lost my phone", 2)]
    [InlineData("property", 2)]
    [InlineData("something", 3)]
    [InlineData("Reprot a crmie", 0)]
    [InlineData("road colision", 1)]
    [InlineData("lost proprety", 2)]
    [InlineData("collison", 1)]
    [InlineData("somthing else", 3)]
    public void MatchesTheChoiceTheReplyNames(string reply, int expectedIndex)
    {
        var found = ChoiceRecognizer.Recognize(reply, Services);

        Assert.NotNull(found);
        Assert.Equal(expectedIndex, found.Index);
        Assert.Equal(Services[expectedIndex].Value, found.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("fifth")]
    [InlineData("banana")]
    [InlineData("I don't know")]
    [InlineData("the")]
    public void MatchesNothingWhenTheReplyNamesNoChoice(string reply)
    {
        Assert.Null(ChoiceRecognizer.Recognize(reply, Services));
    }

    [Fact]
    public void AReplyThatMatchesTwoChoicesEquallyMatchesNeither()
    {
        var choices = new List<Choice> { new("Report a crime"), new("Report a collision") };

        Assert.Null(ChoiceRecognizer.Recognize("report", choices));
        Assert.Equal(1, ChoiceRecognizer.Recognize("collision", choices)!.Index);
    }

    [Fact]
    public void AnExactMatchScoresOneAndNamesTheSynonymUsed()
    {
        var found = ChoiceRecognizer.Recognize("Crash", Services)!;

        Assert.Equal(1f, found.Score);
        Assert.Equal("crash", found.Synonym);
    }

    [Fact]
    public void ATypoScoresBelowAnExactMatch()
    {
        var found = ChoiceRecognizer.Recognize("colision", Services)!;

        Assert.Equal(1, found.Index);
        Assert.InRange(found.Score, 0.1f, 0.99f);
    }

    [Theory]
    [InlineData("cat")]
    [InlineData("car")]
    public void ShortWordsMustBeSpeltExactly(string reply)
    {
        var choices = new List<Choice> { new("cab"), new("bus") };

        Assert.Null(ChoiceRecognizer.Recognize(reply, choices));
    }

    [Fact]
    public void AChoiceWhoseValueIsANumberIsMatchedByValueBeforePosition()
    {
        var choices = new List<Choice> { new("3"), new("2"), new("1") };

        Assert.Equal(1, ChoiceRecognizer.Recognize("2", choices)!.Index);
    }

    [Fact]
    public void TheButtonTitleAlsoMatches()
    {
        var choices = new List<Choice>
        {
            new("crime") { Action = new CardAction(ActionTypes.ImBack, "Report something that happened", value: "crime") },
            new("other"),
        };

        Assert.Equal(0, ChoiceRecognizer.Recognize("report something that happened", choices)!.Index);
    }

    [Fact]
    public void OptionsCanTurnOffNumbersTyposAndPartialMatches()
    {
        var options = new ChoiceRecognizerOptions { RecognizeNumbers = false, AllowTypos = false, AllowPartialMatches = false };

        Assert.Null(ChoiceRecognizer.Recognize("2", Services, options));
        Assert.Null(ChoiceRecognizer.Recognize("road colision", Services, options));
        Assert.Null(ChoiceRecognizer.Recognize("lost", Services, options));
        Assert.Equal(1, ChoiceRecognizer.Recognize("road collision", Services, options)!.Index);
    }
}
