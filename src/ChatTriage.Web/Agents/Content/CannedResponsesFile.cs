namespace ChatTriage.Web.Agents.Content;

/// <summary>The shape of dialogs/agents/canned-responses.yaml.</summary>
public sealed class CannedResponsesFile
{
    public List<CannedResponse> Responses { get; set; } = [];
}
