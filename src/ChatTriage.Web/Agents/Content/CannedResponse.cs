namespace ChatTriage.Web.Agents.Content;

/// <summary>A message an agent can send in one click.</summary>
public sealed class CannedResponse
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
}
