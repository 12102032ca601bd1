namespace ChatTriage.Bot.Handoff;

/// <summary>Where a handoff ticket is in its life.</summary>
public enum HandoffStatus
{
    Waiting,
    Assigned,
    Closed,
    ResidentLeft,
    Expired,
}
