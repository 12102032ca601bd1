namespace ChatTriage.Bot.Content;

/// <summary>Fills <c>{name}</c> placeholders in content texts.</summary>
public static class TextTemplate
{
    public static string Fill(string template, params (string Name, string? Value)[] values)
    {
        var text = template;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value ?? string.Empty, StringComparison.Ordinal);
        }

        return text;
    }
}
