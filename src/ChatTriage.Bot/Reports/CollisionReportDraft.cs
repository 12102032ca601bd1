namespace ChatTriage.Bot.Reports;

/// <summary>A damage-only collision report as the resident builds it.</summary>
public sealed record CollisionReportDraft
{
    /// <summary>Why it is reported: failed-to-stop, no-details, uninsured or drunk.</summary>
    public string? Problem { get; init; }

    public string? When { get; init; }

    /// <summary>The last day, when the resident gave a period ("last weekend").</summary>
    public string? WhenTo { get; init; }

    public bool WhenUnknown { get; init; }

    public string? Where { get; init; }

    public string? Postcode { get; init; }

    public string? YourRegistration { get; init; }

    public string? OtherRegistration { get; init; }

    public string? OtherDriver { get; init; }

    public string? Damage { get; init; }

    public string? Name { get; init; }

    public string? Contact { get; init; }

    public bool? Consent { get; init; }
}
