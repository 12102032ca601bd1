namespace ChatTriage.LoadHarness.Phases;

/// <summary>A server under load: its name in the report, its base URL and, when known, its process id (for RSS).</summary>
public sealed record Target(string Name, Uri BaseUrl, int? Pid);
