using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Emergency.SecondOpinion;

/// <summary>
/// Reads dialogs/emergency/examples.tsv: "label&lt;TAB&gt;text" rows, '#' comments, an optional "label&lt;TAB&gt;text"
/// header. A bad row (no tab, unknown label, empty text) throws <see cref="ContentException"/> with path:line.
/// </summary>
public static class ExampleFile
{
    /// <summary>The labels a row may carry; "none" means not an emergency.</summary>
    public static IReadOnlySet<string> Labels { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "violence", "intruder", "medical", "self-harm", "threat", "child", "crime", "none" };

    public static IReadOnlyList<LabelledExample> Load(string path)
    {
        var rows = new List<LabelledExample>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("label\t", StringComparison.Ordinal))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new ContentException(path, number, "expected 'label<TAB>text'");
            }

            var label = line[..tab];
            if (!Labels.Contains(label))
            {
                throw new ContentException(path, number, $"unknown label '{label}' (use one of: {string.Join(", ", Labels)})");
            }

            var text = line[(tab + 1)..].Trim();
            if (text.Length == 0)
            {
                throw new ContentException(path, number, "the text after the tab is empty");
            }

            rows.Add(new LabelledExample(label != "none", text));
        }

        if (!rows.Exists(r => r.Emergency) || !rows.Exists(r => !r.Emergency))
        {
            throw new ContentException(path, number, "needs both emergency rows and 'none' rows to learn from");
        }

        return rows;
    }
}
