using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatTriage.Bot.Tests.Support;

/// <summary>
/// Storage that keeps plain JSON without .NET type names, like a database store would: everything comes back
/// as JObjects and longs, which is what the dialogs must cope with between turns.
/// </summary>
public sealed class PlainJsonStorage : IStorage
{
    private readonly Dictionary<string, string> items = [];

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> result = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (items.TryGetValue(key, out var json))
            {
                result[key] = JObject.Parse(json);
            }
        }

        return Task.FromResult(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            items[key] = JsonConvert.SerializeObject(value);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            items.Remove(key);
        }

        return Task.CompletedTask;
    }
}
