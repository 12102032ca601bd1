namespace ChatTriage.Bot.Reports;

/// <summary>A crime report as the resident builds it, answer by answer. Null means not answered or skipped.</summary>
public sealed record CrimeReportDraft
{
    public string? Type { get; init; }

    /// <summary>ISO date (yyyy-MM-dd), or null with <see cref="WhenUnknown"/> when the resident is not sure.</summary>
    public string? When { get; init; }

    /// <summary>The last day, when the resident gave a period ("last weekend").</summary>
    public string? WhenTo { get; init; }

    public bool WhenUnknown { get; init; }

    public string? Where { get; init; }

    public string? Postcode { get; init; }

    public string? WhatHappened { get; init; }

    public string? Stolen { get; init; }

    public decimal? Value { get; init; }

    public string? Suspect { get; init; }

    public string? Evidence { get; init; }

    public string? Name { get; init; }

    public string? Contact { get; init; }

    public bool? Consent { get; init; }
}
