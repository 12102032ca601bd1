using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.Transcripts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace ChatTriage.Storage.Tests.Transcripts;

/// <summary>Bot Builder's ITranscriptStore contract plus retention, for the in-memory, SQLite and PostgreSQL stores.</summary>
public abstract class TranscriptStoreContractTests
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>A fresh, empty store that reads time from <see cref="Clock"/>.</summary>
    protected abstract Task<ITranscriptStore> CreateStoreAsync();

    protected static Activity Message(string conversationId, string text, DateTimeOffset? at, string channelId = "directline") => new(ActivityTypes.Message)
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("resident-1", "Resident"),
        Recipient = new ChannelAccount("bot", "ChatTriage"),
        Text = text,
        Timestamp = at,
        ChannelData = new { emergency = false },
    };

    [ContractFact]
    public async Task LoggedActivitiesComeBackInOrderWithTheirContent()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("c1", "My bike was stolen", Start));
        await store.LogActivityAsync(Message("c1", "Which step are you on?", Start.AddSeconds(1)));
        await store.LogActivityAsync(Message("c2", "Other conversation", Start));

        var page = await store.GetTranscriptActivitiesAsync("directline", "c1");

        Assert.Equal(["My bike was stolen", "Which step are you on?"], page.Items.Select(a => a.AsMessageActivity().Text));
        Assert.Equal("resident-1", page.Items[0].From.Id);
        Assert.Equal(Start, page.Items[0].Timestamp);
        Assert.Null(page.ContinuationToken);
    }

    [ContractFact]
    public async Task ABatchIsLoggedInItsOrderAcrossConversations()
    {
        var store = await CreateStoreAsync();
        var batch = Assert.IsAssignableFrom<ITranscriptBatchLogger>(store);

        await batch.LogActivitiesAsync(
        [
            Message("c1", "My bike was stolen", Start),
            Message("c1", "Is it happening now?", Start),
            Message("c2", "Other conversation", Start),
            Message("c1", "No", Start.AddSeconds(5)),
        ]);
        await batch.LogActivitiesAsync([]);

        Assert.Equal(
            ["My bike was stolen", "Is it happening now?", "No"],
            (await store.GetTranscriptActivitiesAsync("directline", "c1")).Items.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(["Other conversation"], (await store.GetTranscriptActivitiesAsync("directline", "c2")).Items.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(["c1", "c2"], (await store.ListTranscriptsAsync("directline")).Items.Select(t => t.Id));
    }

    [ContractFact]
    public async Task ABatchWithAnActivityWithoutAConversationLogsNothing()
    {
        var store = await CreateStoreAsync();
        var batch = Assert.IsAssignableFrom<ITranscriptBatchLogger>(store);
        var orphan = Message("c1", "lost", Start);
        orphan.Conversation = null;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => batch.LogActivitiesAsync([Message("c1", "first", Start), orphan]));

        Assert.Empty((await store.GetTranscriptActivitiesAsync("directline", "c1")).Items);
    }

    [ContractFact]
    public async Task AMessageWithANulCharacterIsLogged()
    {
        var store = await CreateStoreAsync();

        await store.LogActivityAsync(Message("c1", "bad\0input", Start));

        var text = Assert.Single((await store.GetTranscriptActivitiesAsync("directline", "c1")).Items).AsMessageActivity().Text;
        Assert.Contains(text, new[] { "bad\0input", "bad\uFFFDinput" });
    }

    [ContractFact]
    public async Task LongTranscriptsArePagedWithAContinuationToken()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 25; i++)
        {
            await store.LogActivityAsync(Message("c1", $"message {i}", Start.AddSeconds(i)));
        }

        var first = await store.GetTranscriptActivitiesAsync("directline", "c1");
        var second = await store.GetTranscriptActivitiesAsync("directline", "c1", first.ContinuationToken);

        Assert.Equal(20, first.Items.Length);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(Enumerable.Range(20, 5).Select(i => $"message {i}"), second.Items.Select(a => a.AsMessageActivity().Text));
        Assert.Null(second.ContinuationToken);
    }

    [ContractFact]
    public async Task AStartDateLeavesOutEarlierActivities()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("c1", "early", Start));
        await store.LogActivityAsync(Message("c1", "late", Start.AddHours(1)));

        var page = await store.GetTranscriptActivitiesAsync("directline", "c1", null, Start.AddMinutes(30));

        Assert.Equal("late", Assert.Single(page.Items).AsMessageActivity().Text);
    }

    [ContractFact]
    public async Task AnActivityWithoutATimestampIsFiledAtTheCurrentTime()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("c1", "no time", null));
        Clock.Advance(TimeSpan.FromDays(40));

        var purged = await ((ITranscriptRetention)store).PurgeAsync(Start.AddDays(1));

        Assert.Equal(1, purged);
    }

    [ContractFact]
    public async Task ListingGivesTheChannelsConversationsWithWhenTheyStarted()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("c1", "hi", Start));
        await store.LogActivityAsync(Message("c1", "again", Start.AddMinutes(1)));
        await store.LogActivityAsync(Message("c2", "hi", Start.AddMinutes(2)));
        await store.LogActivityAsync(Message("c3", "hi", Start, channelId: "emulator"));

        var page = await store.ListTranscriptsAsync("directline");

        Assert.Equal(["c1", "c2"], page.Items.Select(t => t.Id));
        Assert.Equal(Start, page.Items[0].Created);
        Assert.All(page.Items, t => Assert.Equal("directline", t.ChannelId));
    }

    [ContractFact]
    public async Task DeletingATranscriptRemovesOnlyThatConversation()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("c1", "hi", Start));
        await store.LogActivityAsync(Message("c2", "hi", Start));

        await store.DeleteTranscriptAsync("directline", "c1");

        Assert.Empty((await store.GetTranscriptActivitiesAsync("directline", "c1")).Items);
        Assert.Equal("c2", Assert.Single((await store.ListTranscriptsAsync("directline")).Items).Id);
    }

    [ContractFact]
    public async Task PurgeDeletesOldActivitiesAndConversationsLeftEmpty()
    {
        var store = await CreateStoreAsync();
        await store.LogActivityAsync(Message("old", "hi", Start.AddDays(-100)));
        await store.LogActivityAsync(Message("mixed", "old part", Start.AddDays(-100)));
        await store.LogActivityAsync(Message("mixed", "new part", Start));

        var purged = await ((ITranscriptRetention)store).PurgeAsync(Start.AddDays(-90));

        Assert.Equal(2, purged);
        Assert.Equal(["mixed"], (await store.ListTranscriptsAsync("directline")).Items.Select(t => t.Id));
        Assert.Equal("new part", Assert.Single((await store.GetTranscriptActivitiesAsync("directline", "mixed")).Items).AsMessageActivity().Text);
    }
}
