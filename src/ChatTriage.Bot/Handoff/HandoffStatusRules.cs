namespace ChatTriage.Bot.Handoff;

/// <summary>Which statuses are open and which end a ticket; shared by every queue implementation.</summary>
public static class HandoffStatusRules
{
    public static bool IsOpen(HandoffStatus status) => status is HandoffStatus.Waiting or HandoffStatus.Assigned;

    public static void EnsureEndStatus(HandoffStatus status)
    {
        if (IsOpen(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A ticket can only end as Closed, ResidentLeft or Expired.");
        }
    }
}
