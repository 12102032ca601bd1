namespace ChatTriage.Storage.DirectLine;

/// <summary>What to store for the next entry of a log: its JSON and its timestamp (the next entry's floor).</summary>
public sealed record DirectLineAppend(string Json, DateTimeOffset Timestamp);
