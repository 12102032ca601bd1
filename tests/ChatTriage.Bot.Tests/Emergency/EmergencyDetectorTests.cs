using ChatTriage.Bot.Emergency;

namespace ChatTriage.Bot.Tests.Emergency;

public sealed class EmergencyDetectorTests
{
    private static EmergencyDetector Detector => RepoContent.Emergency.Detector;

    [Theory]
    [InlineData("he has a knife", "violence")]
    [InlineData("There is a man with a gun outside the school", "violence")]
    [InlineData("someone is being beaten up in the car park", "violence")]
    [InlineData("my dad is not breathing", "medical")]
    [InlineData("she's unconscious", "medical")]
    [InlineData("my friend has overdosed", "medical")]
    [InlineData("I'm going to kill myself", "self-harm")]
    [InlineData("there's someone in my house", "intruder")]
    [InlineData("my ex is outside and says he will kill me", "threat")]
    [InlineData("I'm being followed", "threat")]
    [InlineData("my 4 year old is missing", "child")]
    [InlineData("someone is stealing my car right now", "crime-in-progress")]
    [InlineData("my house is on fire", "crime-in-progress")]
    [InlineData("the burglars are still inside", "crime-in-progress")]
    public void FiresForEmergenciesWithTheirCategory(string text, string category)
    {
        var decision = Detector.Detect(text);

        Assert.True(decision.Matched, decision.Explanation);
        Assert.Equal(category, decision.Category);
    }

    [Theory]
    [InlineData("HE HAS A KNIFE")]
    [InlineData("he’s got a knife")]
    [InlineData("hes got a knife")]
    [InlineData("hes got a kinfe")]
    [InlineData("he has a knifee")]
    [InlineData("HELPPPP theres sum1 in my house")]
    [InlineData("my son isnt breathin")]
    [InlineData("mans got a shank")]
    [InlineData("he strapped n outside my yard rn")]
    [InlineData("im gonna kill myslef")]
    [InlineData("my baby no breathing")]
    [InlineData("man have knife he want kill me")]
    [InlineData("pls help ur my only hope my dad collapsed")]
    [InlineData("mummy won't wake up")]
    [InlineData("my 3yo is missing")]
    public void UnderstandsSlangMisspellingsCaseAndSecondLanguageEnglish(string text)
    {
        Assert.True(Detector.Detect(text).Matched, text);
    }

    [Theory]
    [InlineData("my car was stolen last week")]
    [InlineData("someone broke into my shed last night")]
    [InlineData("my bike got stolen yesterday")]
    [InlineData("a man threatened me with a knife last year")]
    [InlineData("a man had a knife but he's gone now and I'm safe")]
    [InlineData("my son went missing but we found him")]
    public void StaysQuietForCrimesThatAreOver(string text)
    {
        Assert.False(Detector.Detect(text).Matched, text);
    }

    [Theory]
    [InlineData("nobody was hurt")]
    [InlineData("he did not have a knife")]
    [InlineData("it's not an emergency")]
    [InlineData("no one has a weapon")]
    [InlineData("I don't want to kill myself, I just need advice")]
    public void StaysQuietForNegations(string text)
    {
        Assert.False(Detector.Detect(text).Matched, text);
    }

    [Theory]
    [InlineData("this queue is killing me")]
    [InlineData("I could murder a cuppa")]
    [InlineData("my phone is dying")]
    [InlineData("I nearly had a heart attack when I saw the bill")]
    [InlineData("my mum is going to kill me when she finds out")]
    public void StaysQuietForFiguresOfSpeech(string text)
    {
        Assert.False(Detector.Detect(text).Matched, text);
    }

    [Theory]
    [InlineData("what should I do if someone breaks in?")]
    [InlineData("what if someone follows me home")]
    [InlineData("how do I report a drunk driver")]
    [InlineData("is it illegal to carry a knife")]
    [InlineData("I read in the news that a man was stabbed")]
    [InlineData("how many people are stabbed each year")]
    public void StaysQuietForHypotheticalsAndNews(string text)
    {
        Assert.False(Detector.Detect(text).Matched, text);
    }

    [Theory]
    [InlineData("I'm not sure if he has a knife")]
    [InlineData("I don't know if he is breathing, he is not breathing properly")]
    [InlineData("my car was stolen last week and now there is a man with a knife at my door")]
    [InlineData("he has been following me for weeks and he is outside right now")]
    public void DoubtAndALaterPresentClauseStillFire(string text)
    {
        Assert.True(Detector.Detect(text).Matched, text);
    }

    [Fact]
    public void FiresWhenTheEmergencyIsBuriedAtTheEndOfALongMessage()
    {
        var filler = string.Concat(Enumerable.Repeat("I have been trying to report a problem with parking on my road for a long time and nobody answers. ", 40));

        Assert.True(Detector.Detect(filler + "anyway theres a man in my garden with a knife").Matched);
        Assert.False(Detector.Detect(filler).Matched);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!???...")]
    [InlineData("🙂🙂🙂")]
    public void EmptyOrSymbolOnlyTextIsNoEmergency(string? text)
    {
        Assert.Same(EmergencyDetection.None, Detector.Detect(text));
    }

    [Fact]
    public void VeryLongAndOddTextNeverThrows()
    {
        var random = new Random(42);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0x3000);
        }

        var decision = Detector.Detect(new string(chars));

        Assert.NotNull(decision);
        Assert.True(Detector.Detect(new string('a', 10_000) + " he has a knife").Matched);
    }

    [Fact]
    public void AStoodDownMatchNamesTheRuleAndTheReason()
    {
        var decision = Detector.Detect("my car was stolen last week");

        Assert.False(decision.Matched);
        Assert.Contains(decision.RuleId, Detector.RuleIds);
        Assert.Contains("stood down", decision.Explanation);
    }
}
