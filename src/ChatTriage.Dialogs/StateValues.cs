using Newtonsoft.Json.Linq;

namespace ChatTriage.Dialogs;

/// <summary>
/// Reads values back out of persisted dialog state. State goes through JSON storage between turns, so an
/// <see cref="int"/> comes back as a <see cref="long"/>, and a storage that does not keep type names hands
/// back <see cref="JToken"/>s instead of the original objects.
/// </summary>
internal static class StateValues
{
    public static int GetInt(IDictionary<string, object> state, string key, int fallback = 0)
    {
        if (!state.TryGetValue(key, out var value) || value is null)
        {
            return fallback;
        }

        return value is JValue token ? token.ToObject<int>() : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Gets a value as <typeparamref name="T"/>, converting it (and writing the converted object back, so later
    /// changes persist) if storage returned it as a JSON token.
    /// </summary>
    public static T? Get<T>(IDictionary<string, object> state, string key)
        where T : class
    {
        if (!state.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        if (value is T typed)
        {
            return typed;
        }

        if (value is JToken token)
        {
            var converted = token.ToObject<T>();
            if (converted is not null)
            {
                state[key] = converted;
            }

            return converted;
        }

        throw new InvalidOperationException($"Dialog state '{key}' holds a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    public static IDictionary<string, object> GetDictionary(IDictionary<string, object> state, string key)
    {
        var existing = Get<IDictionary<string, object>>(state, key);
        if (existing is not null)
        {
            return existing;
        }

        var created = new Dictionary<string, object>();
        state[key] = created;
        return created;
    }
}
