namespace ChatTriage.Bot.Content;

/// <summary>
/// Content objects that implement this get the line they start on in their YAML file,
/// so validation errors found after loading can still name the line.
/// </summary>
public interface ISourceLine
{
    int SourceLine { get; set; }
}
