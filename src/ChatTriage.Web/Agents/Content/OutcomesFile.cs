namespace ChatTriage.Web.Agents.Content;

/// <summary>The shape of dialogs/agents/outcomes.yaml.</summary>
public sealed class OutcomesFile
{
    public List<OutcomeCode> Outcomes { get; set; } = [];
}
