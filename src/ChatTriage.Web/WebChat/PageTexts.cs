namespace ChatTriage.Web.WebChat;

/// <summary>Every sentence of the resident page, loaded from <c>dialogs/webchat/page.yaml</c>.</summary>
public sealed class PageTexts
{
    public string PageTitle { get; set; } = string.Empty;

    public string Heading { get; set; } = string.Empty;

    public string Intro { get; set; } = string.Empty;

    public string EmergencyLine { get; set; } = string.Empty;

    public string EmergencyAlertHeading { get; set; } = string.Empty;

    public string CallEmergency { get; set; } = string.Empty;

    public string CallNonEmergency { get; set; } = string.Empty;

    public string LeaveSite { get; set; } = string.Empty;

    public string LeaveSiteHint { get; set; } = string.Empty;

    public string EndChat { get; set; } = string.Empty;

    public string StartNewChat { get; set; } = string.Empty;

    public string Privacy { get; set; } = string.Empty;

    public string Loading { get; set; } = string.Empty;

    public string ChatRegionLabel { get; set; } = string.Empty;

    public string EmbedOpen { get; set; } = string.Empty;

    public string EmbedClose { get; set; } = string.Empty;

    public string EmbedFrameTitle { get; set; } = string.Empty;

    public PageErrorTexts Errors { get; set; } = new();
}
