namespace ChatTriage.Storage.Hosting;

/// <summary>Where the app keeps its data (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file (default): one instance.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL database: several instances.</summary>
    Postgres,

    /// <summary>Process memory: tests and demos; everything is lost on restart.</summary>
    Memory,
}
