using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace ChatTriage.Dialogs.Tests.Support;

/// <summary>
/// Storage that keeps every item as JSON text, as blob or database storage does, so state read on the next
/// turn is a fresh object and numbers written as int come back as long.
/// </summary>
internal sealed class JsonRoundTripStorage : IStorage
{
    private readonly JsonSerializerSettings _settings;

    private readonly Dictionary<string, string> _items = new();
    private readonly object _gate = new();

    /// <param name="keepTypeNames">
    /// True for the setting Bot Framework's own storages use (typed state survives); false for a plain JSON
    /// store, which hands back JSON objects that the library must convert.
    /// </param>
    public JsonRoundTripStorage(bool keepTypeNames = true)
    {
        _settings = new JsonSerializerSettings { TypeNameHandling = keepTypeNames ? TypeNameHandling.All : TypeNameHandling.None };
    }

    public int WriteCount { get; private set; }

    public IReadOnlyDictionary<string, string> RawItems
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_items);
            }
        }
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, object>();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var json))
                {
                    result[key] = JsonConvert.DeserializeObject(json, _settings)!;
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var (key, value) in changes)
            {
                _items[key] = JsonConvert.SerializeObject(value, _settings);
            }

            WriteCount++;
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
