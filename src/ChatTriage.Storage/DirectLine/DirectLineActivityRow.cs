namespace ChatTriage.Storage.DirectLine;

/// <summary>One stored activity of a Direct Line conversation: its sequence (the watermark after it) and its JSON.</summary>
public sealed record DirectLineActivityRow(long Sequence, string Json);
