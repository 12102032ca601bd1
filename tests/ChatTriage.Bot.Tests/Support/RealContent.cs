using ChatTriage.Bot.Content;
using ChatTriage.Bot.Understanding;

namespace ChatTriage.Bot.Tests.Support;

/// <summary>The real dialogs/ content, loaded once for all tests.</summary>
public static class RealContent
{
    private static readonly Lazy<TriageContent> Loaded = new(() => TriageContent.Load(RepoPaths.Dialogs));

    public static TriageContent Content => Loaded.Value;

    public static TextNormaliser Normaliser => new(Content.Routing);
}
