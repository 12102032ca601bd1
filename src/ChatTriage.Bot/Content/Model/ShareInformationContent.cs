namespace ChatTriage.Bot.Content.Model;

/// <summary>dialogs/step4-share-information.yaml: passing information to a person.</summary>
public sealed class ShareInformationContent : ContentItem
{
    public string Intro { get; set; } = "";

    public Question About { get; set; } = new();

    public Question DangerNow { get; set; } = new();

    public Question Anonymous { get; set; } = new();

    public string Crimestoppers { get; set; } = "";

    public Question Consent { get; set; } = new();

    public string NoConsent { get; set; } = "";

    /// <summary><c>{position}</c> and <c>{minutes}</c> are filled in.</summary>
    public string Queued { get; set; } = "";

    public string Closed { get; set; } = "";

    public string QueueLong { get; set; } = "";

    public Question Alternative { get; set; } = new();

    public string WrittenLabel { get; set; } = "";

    public string PhoneLabel { get; set; } = "";

    public string WaitLabel { get; set; } = "";

    public Question Written { get; set; } = new();

    public Question Contact { get; set; } = new();

    public string WrittenSaved { get; set; } = "";

    public string PhoneAdvice { get; set; } = "";
}
