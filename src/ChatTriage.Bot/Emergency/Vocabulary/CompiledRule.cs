namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>A rule ready for the detector, with its decisions built once so that detecting allocates nothing more.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(string id, string category, RuleStrength strength, string explain)
    {
        Id = id;
        Category = category;
        Strength = strength;
        Fired = new EmergencyDetection(true, id, category, explain);
        var reasons = Enum.GetValues<Suppression>();
        StoodDown = new EmergencyDetection[reasons.Length];
        foreach (var reason in reasons)
        {
            StoodDown[(int)reason] = new EmergencyDetection(false, id, category, $"{explain}; stood down: {Describe(reason)}");
        }
    }

    public string Id { get; }

    public string Category { get; }

    public RuleStrength Strength { get; }

    public EmergencyDetection Fired { get; }

    public EmergencyDetection[] StoodDown { get; }

    private static string Describe(Suppression reason) => reason switch
    {
        Suppression.Figurative => "figure of speech",
        Suppression.News => "news or statistics",
        Suppression.Joking => "not meant seriously",
        Suppression.Hypothetical => "hypothetical question",
        Suppression.Negated => "negated",
        Suppression.Past => "in the past",
        Suppression.Over => "resident says it is over",
        Suppression.NotNow => "nothing says it is happening now",
        _ => reason.ToString(),
    };
}
