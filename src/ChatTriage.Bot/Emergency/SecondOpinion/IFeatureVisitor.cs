namespace ChatTriage.Bot.Emergency.SecondOpinion;

/// <summary>Receives each word's feature hash and the pair hash it forms with the word before it (0 at a clause start).</summary>
internal interface IFeatureVisitor
{
    void Visit(ReadOnlySpan<char> stem, ulong word, ulong pair);
}
