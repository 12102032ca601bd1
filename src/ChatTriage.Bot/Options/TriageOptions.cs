namespace ChatTriage.Bot.Options;

/// <summary>Force-specific settings of the conversation (configuration section "Triage").</summary>
public sealed class TriageOptions
{
    public const string SectionName = "Triage";

    /// <summary>The force's name, shown in the welcome.</summary>
    public string ForceName { get; set; } = "police";

    /// <summary>The privacy notice linked from the welcome.</summary>
    public string PrivacyNoticeUrl { get; set; } = "https://www.police.uk/privacy";

    /// <summary>When call-handlers take chats, in the force's time zone, for example "08:00-20:00".</summary>
    public string OpeningHours { get; set; } = "08:00-20:00";

    /// <summary>Days call-handlers take chats (English day names); empty means every day.</summary>
    public List<string> OpeningDays { get; set; } = [];

    /// <summary>The hours as residents read them, for example "from 8am to 8pm, every day".</summary>
    public string OpeningHoursText { get; set; } = "from 8am to 8pm, every day";

    /// <summary>IANA or Windows time zone id for the opening hours.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>From this many residents waiting, the queue counts as long and the bot offers other ways.</summary>
    public int LongQueueThreshold { get; set; } = 10;

    /// <summary>Rough minutes each waiting resident adds, for "it may take about N minutes".</summary>
    public int MinutesPerWaitingResident { get; set; } = 5;
}
