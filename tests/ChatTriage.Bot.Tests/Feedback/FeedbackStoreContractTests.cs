using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Tests.Contracts;

namespace ChatTriage.Bot.Tests.Feedback;

/// <summary>The behaviour every <see cref="IFeedbackStore"/> must have (in memory here; SQLite and PostgreSQL in ChatTriage.Storage.Tests).</summary>
public abstract class FeedbackStoreContractTests
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store.</summary>
    protected abstract Task<IFeedbackStore> CreateStoreAsync();

    [ContractFact]
    public async Task SavedAnswersComeBackInTimeOrderFromTheGivenMoment()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(new FeedbackEntry("c2", "step2:lost-property", false, "Could not find the form", Now.AddMinutes(3)));
        await store.SaveAsync(new FeedbackEntry("c1", "step1:noise", true, null, Now));
        await store.SaveAsync(new FeedbackEntry("c0", "step1:noise", true, null, Now.AddDays(-2)));

        var entries = await store.ListSinceAsync(Now);

        Assert.Equal(
            [new FeedbackEntry("c1", "step1:noise", true, null, Now), new FeedbackEntry("c2", "step2:lost-property", false, "Could not find the form", Now.AddMinutes(3))],
            entries);
    }

    [ContractFact]
    public async Task PurgeDeletesOnlyAnswersBeforeTheCutOff()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(new FeedbackEntry("old", "step1:noise", true, null, Now.AddDays(-100)));
        await store.SaveAsync(new FeedbackEntry("new", "step1:noise", false, null, Now));

        var purged = await store.PurgeAsync(Now.AddDays(-90));

        Assert.Equal(1, purged);
        Assert.Equal("new", Assert.Single(await store.ListSinceAsync(DateTimeOffset.MinValue)).ConversationId);
    }

    [ContractFact]
    public async Task AnAnswerWithANulCharacterIsSaved()
    {
        var store = await CreateStoreAsync();

        await store.SaveAsync(new FeedbackEntry("c1", "step1:noise", false, "bad\0input", Now));

        Assert.Contains(Assert.Single(await store.ListSinceAsync(Now)).Comment, new[] { "bad\0input", "bad\uFFFDinput" });
    }
}
