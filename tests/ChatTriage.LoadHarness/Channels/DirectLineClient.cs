using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ChatTriage.LoadHarness.Channels;

/// <summary>
/// The resident side of the app's Direct Line 3.0 channel, as Web Chat drives it: POST /api/webchat/token, POST
/// /v3/directline/conversations, the WebSocket stream, and POST .../activities. Shares one connection pool.
/// </summary>
public sealed class DirectLineClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient http;

    public DirectLineClient(Uri baseUrl, int connections, TimeSpan timeout)
    {
        BaseUrl = baseUrl;
        Timeout = timeout;
        http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = System.Threading.Timeout.InfiniteTimeSpan,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = timeout,
        };
    }

    public Uri BaseUrl { get; }

    public TimeSpan Timeout { get; }

    public DirectLineSession NewSession() => new(this);

    /// <summary>Sends a request and parses the JSON answer; any failure is a <see cref="TurnFailedException"/> named after the call.</summary>
    public async Task<JsonDocument> SendAsync(HttpMethod method, string path, string? bearer, string? jsonBody, string call, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(BaseUrl, path.TrimStart('/')));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8);
            request.Content.Headers.ContentType = Json;
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new TurnFailedException(call + "-http-error", ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TurnFailedException(call + "-timeout", $"{method} {path}: no answer within {Timeout.TotalSeconds:0} s");
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var hint = response.StatusCode == HttpStatusCode.TooManyRequests && call == "token"
                    ? " (rate-limited: start the app with WebChat:TokenRequestsPerMinute raised, see README.md)"
                    : string.Empty;
                throw new TurnFailedException($"{call}-http-{(int)response.StatusCode}", $"{method} {path}: {ActivityReader.Shorten(body)}{hint}");
            }

            try
            {
                return JsonDocument.Parse(body);
            }
            catch (JsonException ex)
            {
                throw new TurnFailedException(call + "-bad-json", ex.Message);
            }
        }
    }

    public void Dispose() => http.Dispose();
}
