namespace ChatTriage.Web.Agents.Content;

/// <summary>What a resident reads around a handoff (dialogs/agents/resident-texts.yaml).</summary>
public sealed class ResidentHandoffTexts
{
    public string PositionUpdate { get; set; } = "";
    public string PositionNext { get; set; } = "";
    public string HowToLeave { get; set; } = "";
    public List<string> LeaveQueueWords { get; set; } = [];
    public List<string> EndChatWords { get; set; } = [];
    public string LeftQueue { get; set; } = "";
    public string LeftChat { get; set; } = "";
    public string AgentJoined { get; set; } = "";
    public string AgentLeft { get; set; } = "";
    public string BackInQueue { get; set; } = "";
    public string BackToBot { get; set; } = "";
    public string OutOfHours { get; set; } = "";
    public string TimedOut { get; set; } = "";
    public string ReportKept { get; set; } = "";
    public string ReportFailed { get; set; } = "";
    public string CallNonEmergency { get; set; } = "";
    public string FeedbackQuestion { get; set; } = "";
    public string FeedbackYes { get; set; } = "";
    public string FeedbackNo { get; set; } = "";
    public string FeedbackThanks { get; set; } = "";
}
