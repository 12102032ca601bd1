namespace ChatTriage.Storage.State;

/// <summary>
/// A write carried an ETag that no longer matches the stored item: someone else changed it since it was read.
/// Like MemoryStorage, the write fails; unlike it, nothing in the batch is written.
/// </summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
        : base("ETag conflict.")
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static StorageConflictException ForKey(string key, string expected, string current) =>
        new($"ETag conflict on key '{key}'. Written with: {expected}. Stored: {current}.") { Key = key };

    /// <summary>The storage key that conflicted.</summary>
    public string? Key { get; private init; }
}
