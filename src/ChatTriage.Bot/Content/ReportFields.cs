namespace ChatTriage.Bot.Content;

/// <summary>The answer ids of each report, as used in the summary labels of the content files.</summary>
public static class ReportFields
{
    public static IReadOnlyList<string> Crime { get; } =
        ["type", "when", "where", "what-happened", "stolen", "value", "suspect", "evidence", "name", "contact", "consent"];

    public static IReadOnlyList<string> Collision { get; } =
        ["when", "where", "your-registration", "other-registration", "other-driver", "damage", "name", "contact", "consent"];

    public static IReadOnlyList<string> CollisionProblems { get; } =
        ["failed-to-stop", "no-details", "uninsured", "drunk", "none"];
}
