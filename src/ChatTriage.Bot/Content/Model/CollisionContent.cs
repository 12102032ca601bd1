namespace ChatTriage.Bot.Content.Model;

/// <summary>dialogs/step3-collision.yaml: damage-only road collisions.</summary>
public sealed class CollisionContent : ContentItem
{
    public string Intro { get; set; } = "";

    public Question AnyoneHurt { get; set; } = new();

    public Question HurtNowSerious { get; set; } = new();

    public string HurtCallEmergency { get; set; } = "";

    public string HurtMustReport { get; set; } = "";

    public Question DetailsExchanged { get; set; } = new();

    public Question Problem { get; set; } = new();

    /// <summary>Problem id → label (failed to stop, no details, uninsured, drunk, none).</summary>
    [MinItems(2)]
    public Dictionary<string, string> Problems { get; set; } = [];

    public string NoNeedToReport { get; set; } = "";

    public string MustReport { get; set; } = "";

    public Question When { get; set; } = new();

    public string WhenFuture { get; set; } = "";

    public Question Where { get; set; } = new();

    public Question YourRegistration { get; set; } = new();

    public Question OtherRegistration { get; set; } = new();

    public Question OtherDriver { get; set; } = new();

    public Question Damage { get; set; } = new();

    public Question Name { get; set; } = new();

    public Question Contact { get; set; } = new();

    public Question Consent { get; set; } = new();

    public ReportSummaryContent Summary { get; set; } = new();

    public string Submitted { get; set; } = "";

    public string WhatNext { get; set; } = "";
}
