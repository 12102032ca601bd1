namespace ChatTriage.Bot.Handoff;

/// <summary>An agent with the console open on some instance.</summary>
public sealed record PresentAgent(string Id, string DisplayName, bool IsSupervisor);
