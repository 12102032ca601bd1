using YamlDotNet.Serialization;

namespace ChatTriage.Bot.Content.Model;

/// <summary>A content object that remembers the YAML line it starts on, for validation errors after loading.</summary>
public abstract class ContentItem : ISourceLine
{
    [YamlIgnore]
    public int SourceLine { get; set; }
}
