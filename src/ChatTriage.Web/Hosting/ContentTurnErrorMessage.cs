using ChatTriage.Bot.Content;
using ChatTriage.Bot.Emergency;

namespace ChatTriage.Web.Hosting;

/// <summary>The apology from dialogs/global.yaml followed by the 999 line from dialogs/emergency.</summary>
public sealed class ContentTurnErrorMessage(TriageContent content, EmergencyContent emergency) : ITurnErrorMessage
{
    public string Text { get; } = $"{content.Global.TurnError} {emergency.ApologyLine}";
}
