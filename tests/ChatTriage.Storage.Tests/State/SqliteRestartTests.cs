using System.Globalization;
using ChatTriage.Storage.Migrations;
using ChatTriage.Storage.State;
using ChatTriage.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Data.Sqlite;

namespace ChatTriage.Storage.Tests.State;

/// <summary>A conversation carries on after the app stops and starts again on the same SQLite file.</summary>
public sealed class SqliteRestartTests : IAsyncLifetime
{
    private readonly TestDatabases databases = new(DatabaseKind.Sqlite);

    /// <summary>A bot that counts the resident's turns in conversation state.</summary>
    private static BotCallbackHandler CountingBot(ConversationState state) => async (turn, cancellationToken) =>
    {
        var turns = state.CreateProperty<long>("turns");
        var count = await turns.GetAsync(turn, () => 0L, cancellationToken) + 1;
        await turns.SetAsync(turn, count, cancellationToken);
        await turn.SendActivityAsync($"turn {count.ToString(CultureInfo.InvariantCulture)}", cancellationToken: cancellationToken);
        await state.SaveChangesAsync(turn, cancellationToken: cancellationToken);
    };

    [Fact]
    public async Task AConversationCarriesOnAfterEverythingIsReopened()
    {
        var database = await databases.CreateAsync();
        await new TestFlow(new TestAdapter(), CountingBot(new ConversationState(new SqlStorage(database.Database))))
            .Send("hello").AssertReply("turn 1")
            .Send("my bike was stolen").AssertReply("turn 2")
            .StartTestAsync();

        // The app stops: every pooled connection to the file is closed.
        SqliteConnection.ClearAllPools();

        var restarted = database.OpenInstance();
        await new SqlMigrator(restarted).MigrateAsync();
        await new TestFlow(new TestAdapter(), CountingBot(new ConversationState(new SqlStorage(restarted))))
            .Send("it was yesterday").AssertReply("turn 3")
            .StartTestAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
