using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.DirectLine;

/// <summary>
/// Issues and checks compact HS256 JWTs bound to one conversation and one user. Conversation tokens last
/// <see cref="DirectLineOptions.TokenLifetimeSeconds"/>; stream tokens (in the WebSocket URL) are short-lived and
/// single-use. Web Chat reads the <c>user</c> claim as the resident's id.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "chattriage";
    private const string ConversationAudience = "directline";
    private const string StreamAudience = "directline-stream";
    private static readonly string Header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));

    private readonly byte[] _key;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _usedStreamTokens = new(StringComparer.Ordinal);

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<DirectLineTokens> logger)
        : this(DirectLineSigningKey.Resolve(options.Value, logger), options.Value, clock)
    {
    }

    internal DirectLineTokens(byte[] key, DirectLineOptions options, TimeProvider clock)
    {
        _key = key;
        _options = options;
        _clock = clock;
    }

    public int LifetimeSeconds => _options.TokenLifetimeSeconds;

    public string IssueToken(string conversationId, string userId) =>
        Sign(ConversationAudience, conversationId, userId, _options.TokenLifetimeSeconds);

    public string IssueStreamToken(string conversationId, string userId) =>
        Sign(StreamAudience, conversationId, userId, _options.StreamTokenLifetimeSeconds);

    /// <summary>Checks a conversation token from an <c>Authorization: Bearer</c> header value or raw token.</summary>
    public TokenCheck Check(string? token) => Verify(token, ConversationAudience);

    /// <summary>Checks a stream token and uses it up: a second use is invalid.</summary>
    public TokenCheck UseStreamToken(string? token)
    {
        var check = Verify(token, StreamAudience);
        if (!check.IsValid)
        {
            return check;
        }

        var now = _clock.GetUtcNow();
        foreach (var used in _usedStreamTokens)
        {
            if (used.Value < now)
            {
                _usedStreamTokens.TryRemove(used);
            }
        }

        return _usedStreamTokens.TryAdd(check.TokenId, now.AddSeconds(_options.StreamTokenLifetimeSeconds + 60))
            ? check
            : new TokenCheck(TokenStatus.Invalid);
    }

    private string Sign(string audience, string conversationId, string userId, int lifetimeSeconds)
    {
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["conv"] = conversationId,
            ["user"] = userId,
            ["jti"] = Base64Url(RandomNumberGenerator.GetBytes(12)),
            ["iat"] = now,
            ["nbf"] = now - 60,
            ["exp"] = now + lifetimeSeconds,
        };
        var body = Header + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return body + "." + Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body)));
    }

    private TokenCheck Verify(string? token, string audience)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return new TokenCheck(TokenStatus.Missing);
        }

        var parts = token.Trim().Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return new TokenCheck(TokenStatus.Invalid);
        }

        var expected = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!TryDecode(parts[2], out var signature) || !CryptographicOperations.FixedTimeEquals(signature, expected))
        {
            return new TokenCheck(TokenStatus.Invalid);
        }

        try
        {
            if (!TryDecode(parts[1], out var json))
            {
                return new TokenCheck(TokenStatus.Invalid);
            }

            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("iss").GetString() != Issuer || root.GetProperty("aud").GetString() != audience)
            {
                return new TokenCheck(TokenStatus.Invalid);
            }

            var now = _clock.GetUtcNow().ToUnixTimeSeconds();
            if (root.GetProperty("nbf").GetInt64() > now)
            {
                return new TokenCheck(TokenStatus.Invalid);
            }

            if (root.GetProperty("exp").GetInt64() <= now)
            {
                return new TokenCheck(TokenStatus.Expired);
            }

            return new TokenCheck(
                TokenStatus.Valid,
                root.GetProperty("conv").GetString() ?? string.Empty,
                root.GetProperty("user").GetString() ?? string.Empty,
                root.GetProperty("jti").GetString() ?? string.Empty);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return new TokenCheck(TokenStatus.Invalid);
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        bytes = new byte[padded.Length];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
