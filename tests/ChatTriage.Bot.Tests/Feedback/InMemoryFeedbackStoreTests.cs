using ChatTriage.Bot.Feedback;

namespace ChatTriage.Bot.Tests.Feedback;

public sealed class InMemoryFeedbackStoreTests : FeedbackStoreContractTests
{
    protected override Task<IFeedbackStore> CreateStoreAsync() => Task.FromResult<IFeedbackStore>(new InMemoryFeedbackStore());
}
