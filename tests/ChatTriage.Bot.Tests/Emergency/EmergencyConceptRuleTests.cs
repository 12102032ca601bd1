using ChatTriage.Bot.Emergency;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>The recall-first danger-concept rules and the inflection fallback behind them.</summary>
public sealed class EmergencyConceptRuleTests
{
    /// <summary>What the rules read (the classifier over them is measured on whole sets in EmergencyDevSetTests).</summary>
    private static EmergencyDetector Detector => RepoContent.Rules;

    [Theory]
    [InlineData("he stabs anyone who comes near")]
    [InlineData("my husband punches me when he drinks and he is drinking now")]
    [InlineData("he strangles me")]
    [InlineData("she chokes on her food and can't breathe")]
    [InlineData("he kicks me in the stomach")]
    public void ReadsAnUnlistedInflectionAsItsBaseWord(string text)
    {
        var decision = Detector.Detect(text);

        Assert.True(decision.Matched, $"{decision.RuleId}: {decision.Explanation}");
    }

    [Theory]
    [InlineData("man is enter my house i am scared")]
    [InlineData("please help somebody hitting")]
    [InlineData("a man is being scary at the door")]
    [InlineData("mummy won't wake up")]
    [InlineData("she took 30 pills")]
    [InlineData("he keeps hitting me and i can't get out")]
    [InlineData("a man who won't stop grabbing me on the train")]
    [InlineData("my daughter is 6 and she's gone missing from the garden")]
    public void FiresForPhrasingNoPatternAnticipated(string text)
    {
        var decision = Detector.Detect(text);

        Assert.True(decision.Matched, decision.Explanation);
        Assert.Contains(decision.RuleId, Detector.RuleIds);
    }

    [Theory]
    [InlineData("my cat is missing")]
    [InlineData("our smoke alarm keeps beeping")]
    [InlineData("there's a car parked on the pavement outside my house")]
    [InlineData("my son got his knife confiscated at school")]
    [InlineData("I was followed home on friday but I got in safely")]
    [InlineData("i don't want to kill myself, i just need advice")]
    public void StaysQuietWhenTheConceptIsHarmlessHere(string text)
    {
        var decision = Detector.Detect(text);

        Assert.False(decision.Matched, decision.RuleId);
    }
}
