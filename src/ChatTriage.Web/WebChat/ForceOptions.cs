namespace ChatTriage.Web.WebChat;

/// <summary>The force's look on the resident page (configuration section <c>Force</c>).</summary>
public sealed class ForceOptions
{
    public const string SectionName = "Force";

    public string Name { get; set; } = "Police";

    /// <summary>A CSS hex colour such as <c>#00205b</c>; anything else falls back to the default.</summary>
    public string PrimaryColour { get; set; } = "#00205b";

    /// <summary>A path on this site (e.g. <c>/img/logo.svg</c>) or an https URL; empty for none.</summary>
    public string? LogoUrl { get; set; }
}
