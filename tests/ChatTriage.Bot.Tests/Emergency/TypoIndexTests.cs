using ChatTriage.Bot.Emergency.Vocabulary;

namespace ChatTriage.Bot.Tests.Emergency;

public sealed class TypoIndexTests
{
    [Theory]
    [InlineData("knife", "knife", true)]
    [InlineData("kinfe", "knife", true)]
    [InlineData("knfe", "knife", true)]
    [InlineData("kniffe", "knife", true)]
    [InlineData("knive", "knife", true)]
    [InlineData("unconcious", "unconscious", true)]
    [InlineData("overdoes", "overdose", true)]
    [InlineData("kinf", "knife", false)]
    [InlineData("shout", "shooting", false)]
    [InlineData("abcde", "edcba", false)]
    public void WithinOneEditIsDamerauLevenshteinAtMostOne(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypoIndex.WithinOneEdit(a, b));
        Assert.Equal(expected, TypoIndex.WithinOneEdit(b, a));
    }
}
