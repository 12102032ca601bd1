namespace ChatTriage.Web.WebChat;

/// <summary>Messages the page shows when something goes wrong.</summary>
public sealed class PageErrorTexts
{
    public string ConnectionFailed { get; set; } = string.Empty;

    public string TooManyChats { get; set; } = string.Empty;

    public string ChatEnded { get; set; } = string.Empty;
}
