using System.Net.Http.Headers;
using System.Security.Cryptography;
using ChatTriage.Web.DirectLine;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.WebChat;

/// <summary>
/// Azure mode (<c>DirectLine:Secret</c> set): exchanges the secret for a one-conversation token with Azure's
/// tokens/generate, so the secret never reaches the page.
/// </summary>
public sealed class AzureDirectLineTokenSource(HttpClient http, IOptions<DirectLineOptions> options) : IWebChatTokenSource
{
    public bool SelfHosted => false;

    public async Task<TokenResponse> CreateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.AzureTokenUrl)
        {
            Content = JsonContent.Create(new { user = new { id = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Azure Direct Line answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return token is { Token.Length: > 0, ConversationId.Length: > 0 }
            ? token
            : throw new HttpRequestException("Azure Direct Line answered without a token.");
    }
}
