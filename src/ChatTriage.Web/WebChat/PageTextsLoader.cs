using ChatTriage.Bot.Content;

namespace ChatTriage.Web.WebChat;

/// <summary>Finds and loads the page texts at start-up; a broken file stops start-up with its path and line.</summary>
public static class PageTextsLoader
{
    public static PageTexts Load(WebChatOptions options, string contentRoot, string dialogsFolder)
    {
        var path = string.IsNullOrWhiteSpace(options.PageTextsPath)
            ? Path.Combine(dialogsFolder, "webchat", "page.yaml")
            : Path.GetFullPath(options.PageTextsPath, contentRoot);
        var texts = YamlContent.Load<PageTexts>(path);
        foreach (var (name, value) in Entries(texts))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ContentException(path, 0, $"the text '{name}' is missing");
            }
        }

        return texts;
    }

    /// <summary>Name/value pairs in snake_case, as the page and its template use them.</summary>
    public static IEnumerable<(string Name, string Value)> Entries(PageTexts texts)
    {
        yield return ("page_title", texts.PageTitle);
        yield return ("heading", texts.Heading);
        yield return ("intro", texts.Intro);
        yield return ("emergency_line", texts.EmergencyLine);
        yield return ("emergency_alert_heading", texts.EmergencyAlertHeading);
        yield return ("call_emergency", texts.CallEmergency);
        yield return ("call_non_emergency", texts.CallNonEmergency);
        yield return ("leave_site", texts.LeaveSite);
        yield return ("leave_site_hint", texts.LeaveSiteHint);
        yield return ("end_chat", texts.EndChat);
        yield return ("start_new_chat", texts.StartNewChat);
        yield return ("privacy", texts.Privacy);
        yield return ("loading", texts.Loading);
        yield return ("chat_region_label", texts.ChatRegionLabel);
        yield return ("embed_open", texts.EmbedOpen);
        yield return ("embed_close", texts.EmbedClose);
        yield return ("embed_frame_title", texts.EmbedFrameTitle);
        yield return ("error_connection_failed", texts.Errors.ConnectionFailed);
        yield return ("error_too_many_chats", texts.Errors.TooManyChats);
        yield return ("error_chat_ended", texts.Errors.ChatEnded);
    }
}
