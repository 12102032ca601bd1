using ChatTriage.Dialogs.Choices;

namespace ChatTriage.Dialogs.Tests.Choices;

public class EditDistanceTests
{
    [Theory]
    [InlineData("crime", "crime", 0)]
    [InlineData("crmie", "crime", 1)]
    [InlineData("crim", "crime", 1)]
    [InlineData("colision", "collision", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void CountsEditsWithSwapsAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
    }

    [Theory]
    [InlineData("no", "na", false)]
    [InlineData("car", "cat", false)]
    [InlineData("thfet", "theft", true)]
    [InlineData("thft", "theft", true)]
    [InlineData("thxft", "theft", true)]
    [InlineData("tft", "theft", false)]
    [InlineData("burgalry", "burglary", true)]
    [InlineData("bruglray", "burglary", true)]
    [InlineData("burger", "burglary", false)]
    public void AllowsMoreTyposInLongerWords(string typed, string expected, bool close)
    {
        Assert.Equal(close, EditDistance.IsClose(typed, expected));
    }

    [Theory]
    [InlineData("Hello, World!", "hello world")]
    [InlineData("That's  RIGHT.", "thats right")]
    [InlineData("Café", "cafe")]
    [InlineData("  ", "")]
    public void NormalisesCasePunctuationAndAccents(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}
