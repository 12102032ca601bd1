using ChatTriage.Storage.Data;
using ChatTriage.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatTriage.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chattriage-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ConnectionsUseWriteAheadLoggingAndWaitWhenTheFileIsBusy()
    {
        var database = new SqliteDatabase($"Data Source={Path.Combine(folder, "data", "app.db")}");

        await using var connection = await database.OpenAsync();
        await using var journal = connection.Command("PRAGMA journal_mode");
        await using var busy = connection.Command("PRAGMA busy_timeout");

        Assert.Equal("wal", await journal.ExecuteScalarAsync());
        Assert.True((long)(await busy.ExecuteScalarAsync())! >= 1000);
    }

    [Fact]
    public void TheDatabaseFolderIsCreatedWhenMissing()
    {
        var file = Path.Combine(folder, "nested", "data", "app.db");

        _ = new SqliteDatabase($"Data Source={file}");

        Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
