using System.Text.Json;

namespace ChatTriage.LoadHarness.Channels;

/// <summary>One conversation over POST /api/messages (expectReplies): a fresh conversation id, then one POST per turn.</summary>
public sealed class BotMessagesSession(BotMessagesClient client) : IChatSession
{
    private const string BotId = "bot";

    private readonly string conversationId = "lh-" + Guid.NewGuid().ToString("N");
    private readonly string userId = "user-" + Guid.NewGuid().ToString("N")[..12];
    private int sequence;

    public Task<TurnReplies> StartAsync(ReplyExpectation expected, CancellationToken cancellationToken) =>
        TurnAsync("(conversation start)", Activity("conversationUpdate", null), expected, cancellationToken);

    public Task<TurnReplies> SendAsync(string text, ReplyExpectation expected, CancellationToken cancellationToken) =>
        TurnAsync(text, Activity("message", text), expected, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<TurnReplies> TurnAsync(string said, byte[] activity, ReplyExpectation expected, CancellationToken cancellationToken)
    {
        var replies = await client.PostAsync(activity, cancellationToken);
        return TurnCheck.Check(said, replies, expected);
    }

    private byte[] Activity(string type, string? text)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            json.WriteString("id", conversationId + "-" + Interlocked.Increment(ref sequence).ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", "emulator");
            json.WriteString("serviceUrl", client.BaseUrl.ToString());
            json.WriteString("locale", "en-GB");
            json.WriteString("deliveryMode", "expectReplies");
            Account(json, "from", userId, "user");
            Account(json, "recipient", BotId, "bot");
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            if (type == "conversationUpdate")
            {
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", BotId);
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("id", userId);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("text", text);
                json.WriteString("textFormat", "plain");
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Account(Utf8JsonWriter json, string name, string id, string role)
    {
        json.WriteStartObject(name);
        json.WriteString("id", id);
        json.WriteString("role", role);
        json.WriteEndObject();
    }
}
