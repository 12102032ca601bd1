namespace ChatTriage.Storage.Tests.Infrastructure;

/// <summary>Which engine a test class runs against.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
