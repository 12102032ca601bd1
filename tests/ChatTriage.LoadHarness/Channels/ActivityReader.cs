using System.Text.Json;

namespace ChatTriage.LoadHarness.Channels;

/// <summary>Reads the bot's message activities out of an <c>{"activities":[...]}</c> body (ExpectedReplies or a Direct Line ActivitySet).</summary>
public static class ActivityReader
{
    public static List<BotReply> Read(JsonElement root, Func<JsonElement, bool>? fromBot = null)
    {
        var replies = new List<BotReply>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            throw new TurnFailedException("bad-json", "the body has no activities array: " + Shorten(root.GetRawText()));
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (String(activity, "type") != "message" || (fromBot is not null && !fromBot(activity)))
            {
                continue;
            }

            var emergency = activity.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("emergency", out var flag) && flag.ValueKind == JsonValueKind.True;
            replies.Add(new BotReply(String(activity, "text") ?? string.Empty, emergency, String(activity, "replyToId")));
        }

        return replies;
    }

    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
