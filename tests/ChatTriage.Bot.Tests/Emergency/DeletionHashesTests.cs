using ChatTriage.Bot.Emergency.Vocabulary;

namespace ChatTriage.Bot.Tests.Emergency;

public sealed class DeletionHashesTests
{
    [Theory]
    [InlineData("knife")]
    [InlineData("unconscious")]
    [InlineData("aa")]
    [InlineData("strangling")]
    public void EachDeletionHashEqualsTheHashOfTheWordWithThatLetterRemoved(string word)
    {
        Span<ulong> deleted = stackalloc ulong[DeletionHashes.MaxLength];

        var whole = DeletionHashes.Compute(word, deleted);

        Assert.Equal(DeletionHashes.Of(word), whole);
        for (var i = 0; i < word.Length; i++)
        {
            Assert.Equal(DeletionHashes.Of(word.Remove(i, 1)), deleted[i]);
        }
    }

    [Fact]
    public void TheFilterKeepsEveryWordAddedAndRejectsMostOthers()
    {
        var filter = new WordFilter();
        var added = Enumerable.Range(0, 2000).Select(i => "word" + i).ToList();
        added.ForEach(w => filter.Add(DeletionHashes.Of(w)));

        Assert.All(added, w => Assert.True(filter.MayContain(DeletionHashes.Of(w))));
        var falsePositives = Enumerable.Range(0, 2000).Count(i => filter.MayContain(DeletionHashes.Of("other" + i)));
        Assert.True(falsePositives < 100, $"{falsePositives} false positives");
    }
}
