using ChatTriage.Web.DirectLine;

namespace ChatTriage.Web.Tests.Scaling;

public sealed class InMemoryDirectLineStoreContractTests : DirectLineStoreContractTests
{
    private InMemoryDirectLineStore? store;

    protected override Task<IDirectLineStore> CreateStoreAsync() => Task.FromResult<IDirectLineStore>(store = new InMemoryDirectLineStore());

    protected override IDirectLineStore OpenSameStore() => store!;
}
