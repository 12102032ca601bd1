using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>What directlinejs does, with plain HttpClient and ClientWebSocket.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public string Token { get; private set; } = string.Empty;

    public string ConversationId { get; private set; } = string.Empty;

    public HttpClient Http => http;

    /// <summary>Token from the page endpoint, then POST /conversations; returns the start answer.</summary>
    public async Task<JsonObject> StartAsync()
    {
        var token = await ReadJsonAsync(await http.PostAsync("/api/webchat/token", null));
        Token = token["token"]!.GetValue<string>();
        ConversationId = token["conversationId"]!.GetValue<string>();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JsonObject { ["user"] = new JsonObject { ["id"] = "r_1" } });
        var body = await ReadJsonAsync(response);
        body["status"] = (int)response.StatusCode;
        return body;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? token = null) =>
        SendRawAsync(method, path, body?.ToJsonString(), token);

    public async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string? body, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        var bearer = token ?? Token;
        if (bearer.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string text, string? clientActivityId = null) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", Message(text, clientActivityId));

    public async Task<JsonObject> GetActivitiesAsync(string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        response.EnsureSuccessStatusCode();
        return await ReadJsonAsync(response);
    }

    /// <summary>Polls until <paramref name="done"/> holds for the activities (the bot answers within the post).</summary>
    public async Task<JsonArray> WaitForActivitiesAsync(Func<JsonArray, bool> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var activities = (JsonArray)(await GetActivitiesAsync())["activities"]!;
            if (done(activities))
            {
                return activities;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The expected activities never arrived.");
    }

    public static JsonObject Message(string text, string? clientActivityId = null) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "r_1", ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
    };

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>Opens a stream URL; the test reads frames with <see cref="ReadFrameAsync"/>.</summary>
    public static async Task<ClientWebSocket> OpenStreamAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return socket;
    }

    /// <summary>The next non-empty frame (an ActivitySet); empty keep-alive frames are skipped.</summary>
    public static async Task<JsonObject> ReadFrameAsync(ClientWebSocket socket)
    {
        while (true)
        {
            var frame = await ReadRawFrameAsync(socket);
            if (frame.Length > 0)
            {
                return JsonNode.Parse(frame)!.AsObject();
            }
        }
    }

    /// <summary>The next text frame as it came, empty for a keep-alive.</summary>
    public static async Task<string> ReadRawFrameAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return result.MessageType == WebSocketMessageType.Close
            ? throw new WebSocketException("The server closed the stream.")
            : Encoding.UTF8.GetString(message.ToArray());
    }

    public static string TextOf(JsonNode? activity) => activity?["text"]?.GetValue<string>() ?? string.Empty;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
