using Microsoft.Bot.Schema;

namespace ChatTriage.Web.DirectLine;

/// <summary>An activity in a conversation log with its sequence number (the watermark after it).</summary>
public sealed record DirectLineEntry(long Sequence, Activity Activity);
