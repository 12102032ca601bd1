namespace ChatTriage.LoadHarness.Channels;

/// <summary>One message the bot sent: its text, whether it is the 999 alert, and the activity it answers.</summary>
public sealed record BotReply(string Text, bool Emergency, string? ReplyToId);
