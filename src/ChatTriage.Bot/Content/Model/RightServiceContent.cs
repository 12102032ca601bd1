namespace ChatTriage.Bot.Content.Model;

/// <summary>dialogs/step1-right-service.yaml: the service directory.</summary>
public sealed class RightServiceContent : ContentItem
{
    public Question Ask { get; set; } = new();

    public string LinkLine { get; set; } = "";

    public string PhoneLine { get; set; } = "";

    public string NotFound { get; set; } = "";

    [MinItems(20)]
    public List<ServiceEntry> Entries { get; set; } = [];
}
