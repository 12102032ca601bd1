using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatTriage.Web.Tests.Scaling;

/// <summary>Sends a resident's messages to POST /api/messages with deliveryMode expectReplies, as the Emulator can.</summary>
public static class BotConnectorClient
{
    /// <summary>Sends <paramref name="text"/> and returns the texts of the bot's message replies, in order.</summary>
    public static async Task<IReadOnlyList<string>> SayAsync(HttpClient http, string conversationId, string text)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "emulator",
            ServiceUrl = "http://127.0.0.1:9",
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("resident-1", "Resident"),
            Recipient = new ChannelAccount("bot", "ChatTriage"),
            Text = text,
            Locale = "en-GB",
            Timestamp = DateTimeOffset.UtcNow,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        using var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /api/messages answered {(int)response.StatusCode}: {body}");
        }

        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities ?? [];
        return replies.Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrEmpty(a.Text)).Select(a => a.Text).ToList();
    }
}
