namespace ChatTriage.Bot.Content.Model;

/// <summary>A content list that must hold at least this many items.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MinItemsAttribute(int count) : Attribute
{
    public int Count { get; } = count;
}
