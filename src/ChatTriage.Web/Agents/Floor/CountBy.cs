namespace ChatTriage.Web.Agents.Floor;

/// <summary>A labelled count for a chart.</summary>
public sealed record CountBy(string Key, string Label, int Count);
