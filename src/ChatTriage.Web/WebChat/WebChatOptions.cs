namespace ChatTriage.Web.WebChat;

/// <summary>Resident page settings (configuration section <c>WebChat</c>).</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>Where "Leave this site" goes: a neutral page that replaces this one in the history.</summary>
    public string QuickExitUrl { get; set; } = "https://www.bbc.co.uk/weather";

    /// <summary>Sources allowed to frame the chat page (CSP frame-ancestors), e.g. the force's website origin.</summary>
    public string[] FrameAncestors { get; set; } = ["'self'"];

    /// <summary>New chats one client address may start per minute.</summary>
    public int TokenRequestsPerMinute { get; set; } = 10;

    /// <summary>The page texts file; when empty, <c>dialogs/webchat/page.yaml</c> is looked for from the content root upwards.</summary>
    public string? PageTextsPath { get; set; }
}
