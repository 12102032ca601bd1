using ChatTriage.Bot.Tests.Support;
using ChatTriage.Bot.Understanding;

namespace ChatTriage.Bot.Tests.Understanding;

public class ServiceDirectoryTests
{
    private static readonly ServiceDirectory Directory = new(RealContent.Content, RealContent.Normaliser);

    [Theory]
    [InlineData("my neighbours play loud music", "noise")]
    [InlineData("someone dumped rubbish in the lane", "fly-tipping")]
    [InlineData("abandoned car on my street", "abandoned-vehicle")]
    [InlineData("grafitti on the wall", "graffiti")]
    [InlineData("dog poo everywhere", "dog-fouling")]
    [InlineData("rats in the bins", "pests")]
    [InlineData("someone parked across my driveway", "parking")]
    [InlineData("big pothole", "potholes")]
    [InlineData("street light is out", "street-lights")]
    [InlineData("I was scammed out of £500", "fraud")]
    [InlineData("phishing email", "scam-email")]
    [InlineData("scam text message", "scam-text")]
    [InlineData("tell you anonymously", "anonymous")]
    [InlineData("lost my bank card", "lost-bank-card")]
    [InlineData("lost my passport", "lost-passport")]
    [InlineData("lost my driving licence", "lost-driving-licence")]
    [InlineData("lost my phone", "lost-phone")]
    [InlineData("found some keys", "lost-property")]
    [InlineData("found a knife in the park", "found-weapon")]
    [InlineData("dog left in a hot car", "animal-welfare")]
    [InlineData("i feel unwell", "medical")]
    [InlineData("mental health crisis", "mental-health")]
    [InlineData("rogue trader", "consumer")]
    [InlineData("argument with my neighbour about the fence", "neighbour-dispute")]
    public void TheMatterFindsItsService(string message, string expected) =>
        Assert.Equal(expected, Directory.Find(message)?.Id);

    [Fact]
    public void TheDirectoryHasAtLeastTwentyEntriesEachWithALinkOrNumber()
    {
        var entries = RealContent.Content.RightService.Entries;
        Assert.True(entries.Count >= 20);
        Assert.All(entries, e => Assert.True(e.Link is not null || e.Phone is not null || e.Advice.Contains("bank", StringComparison.Ordinal) || e.Advice.Contains("network", StringComparison.Ordinal) || e.Advice.Contains("staff", StringComparison.Ordinal), e.Id));
    }
}
