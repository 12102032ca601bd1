using ChatTriage.Bot.Tests.Support;
using ChatTriage.Bot.Understanding;

namespace ChatTriage.Bot.Tests.Understanding;

public class AnswerRankerTests
{
    private static readonly AnswerRanker Ranker = new(RealContent.Content, RealContent.Normaliser);

    [Theory]
    [InlineData("how do i apply for a shotgun certificate", "firearms-certificate")]
    [InlineData("renew my firearms licence", "firearms-renewal")]
    [InlineData("I found a wallet", "lost-property")]
    [InlineData("criminal record check", "dbs-check")]
    [InlineData("check my partner's past", "clares-law")]
    [InlineData("is my new boyfriend violent", "clares-law")]
    [InlineData("sarahs law", "sarahs-law")]
    [InlineData("how do i chase up my report", "follow-up-report")]
    [InlineData("crime number for my insurance claim", "crime-reference-insurance")]
    [InlineData("speeding ticket", "speeding-fine")]
    [InlineData("can i fly my drone in the park", "drones")]
    [InlineData("call handler salary", "careers-call-handler")]
    [InlineData("become a special constable", "special-constable")]
    [InlineData("complain about an officer", "complaint")]
    [InlineData("what if i cant speak on a 999 call", "silent-call")]
    [InlineData("i am deaf how do i contact you", "deaf-contact")]
    [InlineData("dashcam footage", "dashcam")]
    [InlineData("what happens after I report online", "after-online-report")]
    [InlineData("speding tiket", "speeding-fine")]
    public void TheBestAnswerIsTheOneResidentsMean(string question, string expected)
    {
        var ranked = Ranker.Rank(question);
        Assert.NotEmpty(ranked);
        Assert.Equal(expected, ranked[0].Id);
    }

    [Fact]
    public void NonsenseFindsNoAnswer() => Assert.Empty(Ranker.Rank("purple elephant banana"));

    [Fact]
    public void EveryAnswerHasAWebSource() =>
        Assert.All(RealContent.Content.OnlineAnswers.Answers, a => Assert.StartsWith("https://", a.Source, StringComparison.Ordinal));
}
