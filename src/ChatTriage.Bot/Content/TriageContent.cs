using ChatTriage.Bot.Content.Model;

namespace ChatTriage.Bot.Content;

/// <summary>
/// Everything the resident reads, loaded once at start-up from the dialogs/ folder and validated.
/// An invalid file stops start-up with a <see cref="ContentException"/> naming its path and line.
/// </summary>
public sealed class TriageContent
{
    public const string WelcomeFile = "welcome.yaml";
    public const string GlobalFile = "global.yaml";
    public const string RoutingFile = "routing.yaml";
    public const string RightServiceFile = "step1-right-service.yaml";
    public const string OnlineAnswersFile = "step2-online-answers.yaml";
    public const string CrimeReportFile = "step3-report-crime.yaml";
    public const string CollisionFile = "step3-collision.yaml";
    public const string ShareInformationFile = "step4-share-information.yaml";

    public required WelcomeContent Welcome { get; init; }

    public required GlobalContent Global { get; init; }

    public required RoutingContent Routing { get; init; }

    public required RightServiceContent RightService { get; init; }

    public required OnlineAnswersContent OnlineAnswers { get; init; }

    public required CrimeReportContent CrimeReport { get; init; }

    public required CollisionContent Collision { get; init; }

    public required ShareInformationContent ShareInformation { get; init; }

    /// <summary>Loads and validates every step file in <paramref name="dialogsFolder"/>.</summary>
    public static TriageContent Load(string dialogsFolder)
    {
        var content = new TriageContent
        {
            Welcome = Read<WelcomeContent>(dialogsFolder, WelcomeFile),
            Global = Read<GlobalContent>(dialogsFolder, GlobalFile),
            Routing = Read<RoutingContent>(dialogsFolder, RoutingFile),
            RightService = Read<RightServiceContent>(dialogsFolder, RightServiceFile),
            OnlineAnswers = Read<OnlineAnswersContent>(dialogsFolder, OnlineAnswersFile),
            CrimeReport = Read<CrimeReportContent>(dialogsFolder, CrimeReportFile),
            Collision = Read<CollisionContent>(dialogsFolder, CollisionFile),
            ShareInformation = Read<ShareInformationContent>(dialogsFolder, ShareInformationFile),
        };
        content.CheckReferences(dialogsFolder);
        return content;
    }

    private static T Read<T>(string folder, string file)
        where T : ContentItem
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new ContentException(path, 0, "the file is missing");
        }

        var item = YamlContent.Load<T>(path);
        ContentValidator.Validate(item, path);
        return item;
    }

    private void CheckReferences(string folder)
    {
        var routingPath = Path.Combine(folder, RoutingFile);
        var routeIds = Routing.Routes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var required in RouteIds.All.Where(id => !routeIds.Contains(id)))
        {
            throw new ContentException(routingPath, Routing.SourceLine, $"the route '{required}' is missing");
        }

        foreach (var route in Routing.Routes.Where(r => !RouteIds.All.Contains(r.Id)))
        {
            throw new ContentException(routingPath, route.SourceLine, $"unknown route '{route.Id}' (known: {string.Join(", ", RouteIds.All)})");
        }

        var welcomePath = Path.Combine(folder, WelcomeFile);
        foreach (var option in Welcome.Options.Where(o => !routeIds.Contains(o.Route)))
        {
            throw new ContentException(welcomePath, option.SourceLine, $"'{option.Route}' is not a route in {RoutingFile}");
        }

        RequireKeys(CrimeReport.Summary.Labels, ReportFields.Crime, Path.Combine(folder, CrimeReportFile), CrimeReport.Summary.SourceLine, "summary.labels");
        RequireKeys(Collision.Summary.Labels, ReportFields.Collision, Path.Combine(folder, CollisionFile), Collision.Summary.SourceLine, "summary.labels");
        RequireKeys(Collision.Problems, ReportFields.CollisionProblems, Path.Combine(folder, CollisionFile), Collision.SourceLine, "problems");
    }

    private static void RequireKeys(Dictionary<string, string> map, IReadOnlyList<string> keys, string path, int line, string name)
    {
        foreach (var key in keys.Where(k => !map.ContainsKey(k)))
        {
            throw new ContentException(path, line, $"'{name}' has no entry for '{key}'");
        }

        foreach (var key in map.Keys.Where(k => !keys.Contains(k)))
        {
            throw new ContentException(path, line, $"'{name}' has an unknown entry '{key}' (known: {string.Join(", ", keys)})");
        }
    }
}
