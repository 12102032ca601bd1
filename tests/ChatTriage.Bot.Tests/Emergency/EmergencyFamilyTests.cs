using ChatTriage.Bot.Emergency;
using ChatTriage.Bot.Emergency.SecondOpinion;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>
/// Kinds of wording behind the misses and false alarms of a set written by someone who never saw the detector:
/// recent times, things that look over but are not, a clear then before a later now, and figures of speech by family.
/// Every row here is its own wording, not a row of any measured set.
/// </summary>
public sealed class EmergencyFamilyTests
{
    /// <summary>What the rules read (the classifier over them is measured on whole sets in EmergencyDevSetTests).</summary>
    private static EmergencyDetector Detector => RepoContent.Rules;

    [Theory]
    [InlineData("he stabbed me ten minutes ago")]
    [InlineData("someone slashed my brother a few minutes ago and he is pale")]
    public void ARecentTimeCountsAsNow(string text)
    {
        var decision = Detector.Detect(text);

        Assert.True(decision.Matched, $"{decision.RuleId}: {decision.Explanation}");
    }

    [Theory]
    [InlineData("my ex slapped me half an hour ago, he has left, i am safe now and want to report it")]
    [InlineData("a lad snatched my bag an hour ago, he ran off, i am home now")]
    public void ARecentTimeIsAReportWhenTheMessageSaysItIsOver(string text)
    {
        var decision = Detector.Detect(text);

        Assert.False(decision.Matched, $"{decision.RuleId}: {decision.Explanation}");
    }

    [Theory]
    [InlineData("the parents have gone out and left their toddler on his own in the flat")]
    [InlineData("my neighbours went out and left the baby by himself")]
    public void GoingOutAndLeavingAChildDoesNotSayTheDangerIsOver(string text)
    {
        var decision = Detector.Detect(text);

        Assert.True(decision.Matched, $"{decision.RuleId}: {decision.Explanation}");
        Assert.Equal("child", decision.Category);
    }

    [Fact]
    public void AClearPastTimeBeforeALaterNowKeepsANowRuleFiring()
    {
        var decision = Detector.Detect("the moped that got nicked off my drive last month is parked outside the chippy right now");

        Assert.True(decision.Matched, $"{decision.RuleId}: {decision.Explanation}");
    }

    [Fact]
    public void TheSecondOpinionIsNotAskedWhenTheResidentSaysItIsOver()
    {
        const string text = "a man was yelling at people in the bus station earlier and got in a car with a bat, he has gone now";
        var folder = Path.Combine(RepoContent.DialogsFolder, EmergencyContent.Folder);
        var model = SecondOpinionModel.Train(ExampleFile.Load(Path.Combine(folder, EmergencyContent.ExamplesFile)));

        var decision = Detector.Detect(text);

        Assert.True(model.Score(text) >= model.Threshold, $"the model alone would not fire ({model.Score(text):F1}), so this proves nothing");
        Assert.False(decision.Matched, $"{decision.RuleId}: {decision.Explanation}");
    }

    [Theory]
    [InlineData("my nerves are shot after the burglary last year, is there victim support")]
    [InlineData("the laptop is about to die so i will finish the form later")]
    [InlineData("a long shot but has anyone handed in a blue rucksack")]
    [InlineData("my sister is dead to me, can i stop her contacting my kids")]
    [InlineData("my dad will have a fit when he sees the fine")]
    [InlineData("can i fit a camera above my front door")]
    [InlineData("the garage robbed me blind for a new clutch")]
    [InlineData("held hostage by the council website again")]
    [InlineData("the agency say they will kill my application if i report them")]
    [InlineData("the car park charges are criminal but is clamping legal")]
    [InlineData("found a machete in the hedge, no one around, who collects it")]
    [InlineData("my uncle was kidnapped in 1987 abroad, is there any record")]
    [InlineData("i need the crime ref for the burglary on the 3rd")]
    [InlineData("we watched a drama and the scene where she got stabbed upset my son")]
    [InlineData("my ex says he is going to take the kids through the family court")]
    public void StaysQuietForFiguresOfSpeechAndReports(string text)
    {
        var decision = Detector.Detect(text);

        Assert.False(decision.Matched, $"{decision.RuleId}: {decision.Explanation}");
    }

    [Theory]
    [InlineData("the noose is ready in the loft", "self-harm")]
    [InlineData("i am sitting at beachy head and i can not go on", "self-harm")]
    [InlineData("i have written goodbye letters to my kids", "self-harm")]
    [InlineData("two kids are walking on the frozen canal", "child")]
    [InlineData("my stalker is standing at my gate right now", "threat")]
    [InlineData("he has an injunction but he is in my garden now", "threat")]
    public void FiresForPreparationsPlacesAndDangersThatAreHappeningNow(string text, string category)
    {
        var decision = Detector.Detect(text);

        Assert.True(decision.Matched, $"{decision.RuleId}: {decision.Explanation}");
        Assert.Equal(category, decision.Category);
    }
}
