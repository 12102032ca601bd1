namespace ChatTriage.Bot.Understanding;

/// <summary>
/// What the router made of a message: one route, a tie between routes (ask which), or nothing understood.
/// </summary>
public sealed record RouteDecision(IReadOnlyList<string> Routes, double Score)
{
    public static RouteDecision None { get; } = new([], 0);

    public bool Understood => Routes.Count == 1;

    public bool IsTie => Routes.Count > 1;

    public string? Route => Routes.Count == 1 ? Routes[0] : null;
}
