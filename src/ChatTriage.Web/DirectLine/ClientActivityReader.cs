using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Web.DirectLine;

/// <summary>
/// Reads an activity a resident posted: size-capped, only message/typing/event, no attachments (uploads are not
/// offered), and with identity fields set by the server, never taken from the client.
/// </summary>
public sealed class ClientActivityReader(IOptions<DirectLineOptions> options)
{
    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Event,
    };

    /// <summary>The activity, or the error to answer with.</summary>
    public async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, DirectLineConversation conversation, ChannelAccount bot)
    {
        var limits = options.Value;
        if (request.ContentLength > limits.MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        var buffer = new byte[limits.MaxBodyBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await request.Body.ReadAsync(buffer.AsMemory(read), request.HttpContext.RequestAborted)) > 0)
        {
            read += chunk;
        }

        if (read > limits.MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(Encoding.UTF8.GetString(buffer, 0, read))) { MaxDepth = 64, DateParseHandling = DateParseHandling.None };
            json = JObject.Load(reader);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The body is not a JSON activity."));
        }

        var type = json.Value<string>("type") ?? string.Empty;
        if (!AllowedTypes.Contains(type))
        {
            return (null, DirectLineErrors.BadArgument("Only message, typing and event activities can be sent."));
        }

        if (json["text"] is { Type: not JTokenType.Null and not JTokenType.String })
        {
            return (null, DirectLineErrors.BadArgument("The text must be a string."));
        }

        if ((json.Value<string>("text")?.Length ?? 0) > limits.MaxTextLength)
        {
            return (null, DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageTooLong", $"A message can be at most {limits.MaxTextLength} characters."));
        }

        if (json["attachments"] is JArray { Count: > 0 })
        {
            return (null, DirectLineErrors.BadArgument("Sending files is not supported in this chat."));
        }

        Activity activity;
        try
        {
            activity = json.ToObject<Activity>(JsonSerializer.Create(ActivityJson.Settings))
                ?? throw new JsonSerializationException("empty");
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return (null, DirectLineErrors.BadArgument("The activity has a field of the wrong type."));
        }

        var name = activity.From?.Name;
        activity.Id = null;
        activity.ChannelId = DirectLineAdapter.ChannelId;
        activity.From = new ChannelAccount(conversation.UserId, name is { Length: <= 100 } ? name : null, RoleTypes.User);
        activity.Recipient = bot;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ServiceUrl = null;
        activity.ReplyToId = null;
        activity.Timestamp = null;
        return (activity, null);
    }

    private static IResult TooLarge() =>
        DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", "The activity is too large.");
}
