using System.Reflection;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.WebChat;

/// <summary>
/// Renders the resident page: the HTML template with the texts (so the 999 line shows even without script), the
/// force colour in a nonce'd style element, and a strict Content-Security-Policy with a fresh nonce per response
/// (Web Chat gets the same nonce for the styles it injects).
/// </summary>
public sealed partial class ChatPage
{
    private const string DefaultColour = "#00205b";
    private readonly string _template;
    private readonly Dictionary<string, string> _values;
    private readonly string _connectSources;
    private readonly string _imageSources;
    private readonly string _frameAncestors;

    public ChatPage(PageTexts texts, IOptions<ForceOptions> force, IOptions<WebChatOptions> webChat, IWebChatTokenSource tokens)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChatTriage.Web.WebChat.ChatPage.html")
            ?? throw new InvalidOperationException("The chat page template is not embedded.");
        using var reader = new StreamReader(stream);
        _template = reader.ReadToEnd();
        _values = PageTextsLoader.Entries(texts).ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        _values["force_name"] = force.Value.Name;
        _values["quick_exit_url"] = webChat.Value.QuickExitUrl;
        _values["primary_colour"] = HexColour().IsMatch(force.Value.PrimaryColour ?? string.Empty) ? force.Value.PrimaryColour! : DefaultColour;
        _connectSources = tokens.SelfHosted ? "'self'" : "'self' https://directline.botframework.com wss://directline.botframework.com";
        _imageSources = "'self' blob: data:" + (Uri.TryCreate(force.Value.LogoUrl, UriKind.Absolute, out var logo) && logo.Scheme == Uri.UriSchemeHttps ? " " + logo.GetLeftPart(UriPartial.Authority) : string.Empty);
        _frameAncestors = webChat.Value.FrameAncestors.Length == 0 ? "'none'" : string.Join(' ', webChat.Value.FrameAncestors);
    }

    public IResult Render(HttpContext http)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var html = Placeholder().Replace(_template, m => m.Groups[1].Value == "nonce"
            ? nonce
            : HtmlEncoder.Default.Encode(_values.GetValueOrDefault(m.Groups[1].Value, string.Empty)));
        // 'self' covers same-host WebSockets in current browsers; older Safari needs the ws(s) origin spelled out.
        var socketOrigin = (http.Request.IsHttps ? "wss://" : "ws://") + http.Request.Host;
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src {_imageSources}; " +
            $"connect-src {_connectSources} {socketOrigin}; font-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
            $"form-action 'self'; frame-ancestors {_frameAncestors}";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    [GeneratedRegex(@"\{\{([a-z0-9_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}){1,2}$")]
    private static partial Regex HexColour();
}
