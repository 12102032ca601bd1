namespace ChatTriage.Web.Agents;

/// <summary>Configuration section "Handoff": how the queue to human agents behaves.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>Internal (our console, default) or External (handoff.initiate to the channel).</summary>
    public HandoffMode Mode { get; set; } = HandoffMode.Internal;

    /// <summary>How many chats one agent may hold at once.</summary>
    public int MaxChatsPerAgent { get; set; } = 3;

    /// <summary>A waiting chat nobody accepts within this time gets the fallback (101 or a written report).</summary>
    public int AcceptTimeoutMinutes { get; set; } = 15;

    /// <summary>The expected wait the resident is told: about this many minutes per place (default: Triage:MinutesPerWaitingResident).</summary>
    public int MinutesPerPlace { get; set; } = 4;

    /// <summary>How often the queue is checked for changes, position updates and timeouts.</summary>
    public int QueuePollSeconds { get; set; } = 2;

    /// <summary>When agents are available. Not set: the bot's Triage:OpeningHours, OpeningDays, TimeZone and OpeningHoursText.</summary>
    public OpeningHours OpeningHours { get; set; } = new();
}
