namespace ChatTriage.LoadHarness.Options;

/// <summary>What a run measures; <see cref="All"/> runs the four others in turn.</summary>
public enum HarnessMode
{
    All,
    FirstTurn,
    Latency,
    DirectLine,
    Idle,
}
