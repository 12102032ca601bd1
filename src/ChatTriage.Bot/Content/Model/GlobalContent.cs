namespace ChatTriage.Bot.Content.Model;

/// <summary>dialogs/global.yaml: texts and words that work at every step.</summary>
public sealed class GlobalContent : ContentItem
{
    public string Help { get; set; } = "";

    public Question CancelConfirm { get; set; } = new();

    public string Cancelled { get; set; } = "";

    public string CarryOn { get; set; } = "";

    public string NotUnderstood { get; set; } = "";

    public string Clarify { get; set; } = "";

    public Question AnythingElse { get; set; } = new();

    public string Goodbye { get; set; } = "";

    /// <summary>Said when a turn fails; the 999 line from dialogs/emergency is added after it.</summary>
    public string TurnError { get; set; } = "";

    public Question Feedback { get; set; } = new();

    public Question FeedbackComment { get; set; } = new();

    public string FeedbackThanks { get; set; } = "";

    public string Skipped { get; set; } = "";

    public Question OfferPerson { get; set; } = new();

    /// <summary>Added to a button question asked again after three answers that did not match.</summary>
    public string StillStuck { get; set; } = "";

    public string CallEmergency { get; set; } = "";

    public string CallNonEmergency { get; set; } = "";

    public string TooShort { get; set; } = "";

    public string TooLong { get; set; } = "";

    public string Yes { get; set; } = "";

    public string No { get; set; } = "";

    public string NotGiven { get; set; } = "";

    public string NotSure { get; set; } = "";

    /// <summary>A period in a summary: <c>{from}</c> and <c>{to}</c> are dates.</summary>
    public string DateRange { get; set; } = "";

    [MinItems(1)]
    public List<string> HelpWords { get; set; } = [];

    [MinItems(1)]
    public List<string> CancelWords { get; set; } = [];

    [MinItems(1)]
    public List<string> PersonWords { get; set; } = [];

    [MinItems(1)]
    public List<string> SkipWords { get; set; } = [];

    [MinItems(1)]
    public List<string> NotSureWords { get; set; } = [];

    /// <summary>Messages that only say hello: answered with the menu, not with "I did not understand".</summary>
    [MinItems(1)]
    public List<string> GreetingWords { get; set; } = [];
}
