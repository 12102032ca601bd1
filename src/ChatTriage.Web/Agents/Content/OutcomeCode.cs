namespace ChatTriage.Web.Agents.Content;

/// <summary>How an agent closed a chat.</summary>
public sealed class OutcomeCode
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
}
