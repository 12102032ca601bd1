using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ChatTriage.LoadHarness.Channels;

/// <summary>
/// Talks to a bot's POST /api/messages the way the Emulator does, with <c>deliveryMode: "expectReplies"</c> so the
/// replies come back in the HTTP response. One instance (one connection pool) serves all residents of a phase.
/// </summary>
public sealed class BotMessagesClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient http;
    private readonly Uri endpoint;

    public BotMessagesClient(Uri baseUrl, int connections, TimeSpan timeout)
    {
        BaseUrl = baseUrl;
        endpoint = new Uri(baseUrl, "api/messages");
        http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = timeout,
        };
    }

    public Uri BaseUrl { get; }

    public IChatSession NewSession() => new BotMessagesSession(this);

    /// <summary>Posts one activity and returns the bot's messages from the ExpectedReplies body.</summary>
    public async Task<List<BotReply>> PostAsync(byte[] activity, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(activity);
        content.Headers.ContentType = Json;
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(endpoint, content, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new TurnFailedException("http-error", ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TurnFailedException("timeout", $"no answer from POST /api/messages within {http.Timeout.TotalSeconds:0} s");
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new TurnFailedException("http-" + (int)response.StatusCode, ActivityReader.Shorten(System.Text.Encoding.UTF8.GetString(body)));
            }

            if (body.Length == 0)
            {
                throw new TurnFailedException("no-replies", "POST /api/messages answered with an empty body: is deliveryMode expectReplies honoured?");
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                return ActivityReader.Read(document.RootElement);
            }
            catch (JsonException ex)
            {
                throw new TurnFailedException("bad-json", ex.Message);
            }
        }
    }

    public void Dispose() => http.Dispose();
}
