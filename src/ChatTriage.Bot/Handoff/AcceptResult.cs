namespace ChatTriage.Bot.Handoff;

/// <summary>The answer to an agent's attempt to accept a chat.</summary>
public sealed record AcceptResult(AcceptOutcome Outcome, HandoffTicket? Ticket)
{
    public bool Accepted => Outcome == AcceptOutcome.Accepted;
}

/// <summary>Why an accept succeeded or failed.</summary>
public enum AcceptOutcome
{
    Accepted,
    NotWaiting,
    AtCapacity,
    NotFound,
}
