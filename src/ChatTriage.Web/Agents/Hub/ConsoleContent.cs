using ChatTriage.Web.Agents.Content;

namespace ChatTriage.Web.Agents.Hub;

/// <summary>The canned responses and outcome codes, and who is signed in, for the console page.</summary>
public sealed record ConsoleContent(
    string AgentId,
    string DisplayName,
    bool IsSupervisor,
    IReadOnlyList<CannedResponse> CannedResponses,
    IReadOnlyList<OutcomeCode> Outcomes);
