using ChatTriage.Bot.Handoff;

namespace ChatTriage.Bot.Tests.Handoff;

public sealed class InMemoryHandoffQueueTests : HandoffQueueContractTests
{
    protected override Task<IHandoffQueue> CreateQueueAsync() => Task.FromResult<IHandoffQueue>(new InMemoryHandoffQueue(Clock));
}
