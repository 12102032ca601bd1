using ChatTriage.Bot.Emergency.Classifier;
using ChatTriage.Bot.Emergency.SecondOpinion;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>The classifier over the rules: what it may add, what it may stand down, and what it must leave alone.</summary>
public sealed class EmergencyClassifierTests
{
    private static ChatTriage.Bot.Emergency.EmergencyDetector Detector => RepoContent.Emergency.Detector;

    [Theory]
    [InlineData("Kings Cross")]
    [InlineData("Hitchin")]
    [InlineData("Station Road, Hitchin SG5 1AB")]
    [InlineData("K123 ABC")]
    [InlineData("the Harlequin shopping centre in Watford")]
    [InlineData("!!!???...")]
    [InlineData("my landlord won't fix the boiler")]
    public void AnswersToTheBotsQuestionsAndEverydayRequestsAreNeverAnEmergency(string text) =>
        Assert.False(Detector.Detect(text).Matched, Detector.Detect(text).ToString());

    [Theory]
    [InlineData("i am the night porter at a care home and a man none of us know has come in through the laundry door and is walking round the residents rooms opening doors")]
    [InlineData("sorry to bother you, my neighbour is an old lady who lives alone and there are two men in her front room right now going through her drawers, she is at her daughter's")]
    public void ALongMessageTheRulesMissCanStillBeCaughtByTheClassifier(string text)
    {
        var decision = Detector.Detect(text);
        Assert.True(decision.Matched, decision.ToString());
    }

    /// <summary>
    /// A rule that fired on danger words alone, with nothing about time either way, is stood down when the classifier
    /// gives under 10 %: these were false alarms when only a near-certain classifier (under 0.5 %) could stand a specific
    /// rule down.
    /// </summary>
    [Theory]
    [InlineData("is it true most people who get stabbed know the person who stabbed them")]
    [InlineData("my husband works nights as a paramedic and says he sees overdoses every shift, is there a drugs helpline I can give out")]
    public void ARuleMatchWithNothingAboutTimeIsStoodDownWhenTheClassifierIsFairlySure(string text)
    {
        Assert.True(RepoContent.Rules.Detect(text).Matched, "a rule must see danger words here for the test to mean anything");

        var decision = Detector.Detect(text);

        Assert.False(decision.Matched, decision.ToString());
        Assert.Contains("stood down: the classifier gives", decision.Explanation, StringComparison.Ordinal);
    }

    /// <summary>A match that a present cue backs stands unless the classifier is all but certain it is not an emergency.</summary>
    [Theory]
    [InlineData("a man is waving a knife about outside the chip shop right now")]
    [InlineData("a drunk driver is swerving all over the road in front of me right now on the A1")]
    [InlineData("im scared hes back outside with a knife")]
    public void AMatchAPresentCueBacksStands(string text)
    {
        var decision = Detector.Detect(text);

        Assert.True(decision.Matched, decision.ToString());
        Assert.False(decision.RuleId.StartsWith("model.", StringComparison.Ordinal), decision.ToString());
    }

    /// <summary>Where the rules read a figure of speech, the classifier may overrule them only when it is 95 % sure.</summary>
    [Theory]
    [InlineData("honestly this queue is holding me hostage, 40 minutes now")]
    [InlineData("my sister says she'll murder me if I tell mum about the party lol, anyway how do i get a copy of my crime report")]
    public void AFigureOfSpeechTheRulesStandDownStaysDown(string text) =>
        Assert.False(Detector.Detect(text).Matched, Detector.Detect(text).ToString());

    [Fact]
    public void TrainingTwiceOnTheSameRowsGivesTheSameModel()
    {
        var rows = ExampleFile.Load(Path.Combine(RepoContent.DialogsFolder, "emergency", "examples.tsv"));
        var (first, second) = (EmergencyClassifier.Train(rows), EmergencyClassifier.Train(rows));

        foreach (var text in new[] { "he has a knife and he is kicking the door in", "can I report a lost phone", "Hitchin" })
        {
            Assert.Equal(first.Probability(text), second.Probability(text));
        }
    }

    [Fact]
    public void ALongMessageIsReadInWindowsSoAnEmergencyAtTheEndStillWeighsAndIsCaught()
    {
        var model = EmergencyClassifier.Train(ExampleFile.Load(Path.Combine(RepoContent.DialogsFolder, "emergency", "examples.tsv")));
        var story = string.Concat(Enumerable.Repeat("I have been meaning to ask about the parking on our road and the bins that are never collected on time. ", 12));
        var buried = story + "but right now a man is punching my mum in the kitchen and she is bleeding, please help";

        Assert.True(buried.Length > EmergencyClassifier.Window * 2);
        Assert.True(model.Probability(buried) > 10 * model.Probability(story), $"{model.Probability(buried)} vs {model.Probability(story)}");
        Assert.True(Detector.Detect(buried).Matched);
        Assert.False(Detector.Detect(story).Matched);
    }

    [Fact]
    public void WithoutBothKindsOfExampleTrainingIsRefused() =>
        Assert.Throws<ArgumentException>(() => EmergencyClassifier.Train([new LabelledExample(true, "a knife")]));
}
