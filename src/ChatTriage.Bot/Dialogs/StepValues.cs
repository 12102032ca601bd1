using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// Reads typed values back from dialog state. State goes through JSON storage between turns, so a record may come
/// back as itself or as a JSON token, and numbers as <see cref="long"/>.
/// </summary>
public static class StepValues
{
    public static T? Get<T>(IDictionary<string, object> values, string key)
        where T : class
    {
        if (!values.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            T typed => typed,
            string json when typeof(T) != typeof(string) => JsonConvert.DeserializeObject<T>(json),
            JToken token => token.ToObject<T>(),
            _ => JObject.FromObject(value).ToObject<T>(),
        };
    }

    public static int GetInt(IDictionary<string, object> values, string key) =>
        values.TryGetValue(key, out var value) && value is not null
            ? value is JValue token ? token.ToObject<int>() : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    public static T? Options<T>(object? options)
        where T : class =>
        options switch
        {
            null => null,
            T typed => typed,
            JToken token => token.ToObject<T>(),
            _ => JObject.FromObject(options).ToObject<T>(),
        };
}
