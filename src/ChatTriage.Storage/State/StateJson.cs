using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Storage.State;

/// <summary>
/// Serialises IStorage values the way Bot Builder's MemoryStorage does (Newtonsoft, the same TypeNameHandling), so
/// ConversationState and dialog state read back the same from SQLite or PostgreSQL as from memory.
/// </summary>
internal static class StateJson
{
    /// <summary>
    /// Where a state dictionary (what ConversationState and UserState write) carries the ETag it was read with.
    /// Bot Builder's BotState has no ETag of its own; with this key, two turns of one conversation that read the same
    /// state cannot both save it: the later one fails and is retried (see ConflictRetryMiddleware). A state dictionary
    /// without it was not in storage when the turn read it, so it may only create the key: two first turns racing are
    /// caught too.
    /// </summary>
    public const string DictionaryETagKey = "eTag";

    /// <summary>The ETag a write expects when the key must not exist yet.</summary>
    public const string MustBeNew = "(new)";

    /// <summary>
    /// MemoryStorage 4.23.1's settings (checked by ValuesComeBackAsMemoryStorageGivesThem): type names on every
    /// object, so typed state reads back typed, and reference loops refused. Type names mean the database must be
    /// trusted as much as the app's code; it is ours alone. ReadAhead finds "$type" wherever it is, because
    /// PostgreSQL jsonb does not keep property order.
    /// </summary>
    public static JsonSerializer CreateDefaultSerializer() => new()
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MetadataPropertyHandling = MetadataPropertyHandling.ReadAhead,
    };

    /// <summary>Turns a value into stored JSON, stamping a new ETag on store items; returns the ETag it was written with.</summary>
    public static (string Json, string? ExpectedETag) Prepare(object value, JsonSerializer serializer, string newETag)
    {
        var token = JToken.FromObject(value, serializer);
        string? expected = null;
        var tracksETag = false;
        if (value is IStoreItem item)
        {
            expected = item.ETag;
            tracksETag = true;
        }
        else if (value is JObject raw && raw.TryGetValue("ETag", out var etag))
        {
            expected = etag.Type == JTokenType.String ? etag.Value<string>() : null;
            tracksETag = true;
        }
        else if (value is IDictionary<string, object> state && token is JObject stateJson)
        {
            // The ETag is the row's, not part of the state: it is put back on read.
            expected = state.TryGetValue(DictionaryETagKey, out var read) ? read as string : MustBeNew;
            stateJson.Remove(DictionaryETagKey);
        }

        if (tracksETag && token is JObject stored)
        {
            stored["ETag"] = newETag;
        }

        return (token.ToString(Formatting.None), expected);
    }

    /// <summary>After a successful write, a state dictionary carries its new ETag, so a second save in the same turn is not a conflict with itself.</summary>
    public static void Written(object value, string newETag)
    {
        if (value is IDictionary<string, object> state and not IStoreItem and not JObject && !state.IsReadOnly)
        {
            state[DictionaryETagKey] = newETag;
        }
    }

    /// <summary>True when a write with <paramref name="expected"/> must match the stored ETag ("*", null or empty overwrite).</summary>
    public static bool IsConditional(string? expected) => !string.IsNullOrEmpty(expected) && expected != "*";

    public static object? Read(string json, string etag, JsonSerializer serializer)
    {
        var value = JToken.Parse(json).ToObject<object>(serializer);
        if (value is IDictionary<string, object> state and not IStoreItem and not JObject && !state.IsReadOnly)
        {
            state[DictionaryETagKey] = etag;
        }

        return value;
    }
}
