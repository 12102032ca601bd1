namespace ChatTriage.Bot.Content.Model;

/// <summary>dialogs/step3-report-crime.yaml: the questions of an online crime report.</summary>
public sealed class CrimeReportContent : ContentItem
{
    public string Intro { get; set; } = "";

    public Question HappeningNow { get; set; } = new();

    public string CallNow { get; set; } = "";

    public Question Type { get; set; } = new();

    [MinItems(5)]
    public List<CrimeType> Types { get; set; } = [];

    public Question When { get; set; } = new();

    public string WhenFuture { get; set; } = "";

    public Question Where { get; set; } = new();

    public string PostcodeRetry { get; set; } = "";

    public Question WhatHappened { get; set; } = new();

    public Question Stolen { get; set; } = new();

    public Question Value { get; set; } = new();

    public Question Suspect { get; set; } = new();

    public Question Evidence { get; set; } = new();

    public Question Name { get; set; } = new();

    public Question Contact { get; set; } = new();

    public Question Consent { get; set; } = new();

    public ReportSummaryContent Summary { get; set; } = new();

    /// <summary>Shown at once on submit; <c>{reference}</c> is the new reference.</summary>
    public string Submitted { get; set; } = "";

    public string WhatNext { get; set; } = "";
}
