using Microsoft.Bot.Builder;

namespace ChatTriage.Storage.Tests.State;

/// <summary>A store item with the usual kinds of values, for the IStorage contract.</summary>
public sealed class StoredNote : IStoreItem
{
    public string? Text { get; set; }

    public long Count { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? ETag { get; set; }
}
