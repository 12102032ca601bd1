namespace ChatTriage.Web.DirectLine;

/// <summary>Azure's id shape: <c>conversationId|0000001</c>, the same at the bot and the client.</summary>
public static class ActivityIds
{
    public static string Format(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    /// <summary>The next timestamp: the proposed one in whole milliseconds, at least 1 ms after the previous.</summary>
    public static DateTimeOffset NextTimestamp(DateTimeOffset? previous, DateTimeOffset proposed)
    {
        var rounded = new DateTimeOffset(proposed.UtcTicks - (proposed.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return previous is { } last && rounded <= last ? last.AddMilliseconds(1) : rounded;
    }
}
