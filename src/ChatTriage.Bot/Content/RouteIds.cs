namespace ChatTriage.Bot.Content;

/// <summary>The routes the code knows; dialogs/routing.yaml must define each one.</summary>
public static class RouteIds
{
    public const string RightService = "right-service";
    public const string CheckOnline = "check-online";
    public const string ReportCrime = "report-crime";
    public const string ReportCollision = "report-collision";
    public const string ShareInformation = "share-information";
    public const string TalkToPerson = "talk-to-person";
    public const string Emergency = "emergency";

    public static IReadOnlyList<string> All { get; } =
        [RightService, CheckOnline, ReportCrime, ReportCollision, ShareInformation, TalkToPerson, Emergency];
}
