using System.Collections.Concurrent;
using System.Text.Encodings.Web;

namespace ChatTriage.Web.Agents;

/// <summary>
/// The console's HTML pages, embedded in the assembly (so they are never served as public static files),
/// with {{placeholders}} filled in HTML-encoded.
/// </summary>
public static class AgentPages
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static IResult Render(string name, params (string Key, string Value)[] values)
    {
        var html = Cache.GetOrAdd(name, Read);
        foreach (var (key, value) in values)
        {
            html = html.Replace("{{" + key + "}}", HtmlEncoder.Default.Encode(value), StringComparison.Ordinal);
        }

        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static string Read(string name)
    {
        var assembly = typeof(AgentPages).Assembly;
        using var stream = assembly.GetManifestResourceStream("ChatTriage.Web.Agents.Pages." + name)
            ?? throw new InvalidOperationException($"The page {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
