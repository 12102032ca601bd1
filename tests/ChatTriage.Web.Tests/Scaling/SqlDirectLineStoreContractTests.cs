using ChatTriage.Storage.DirectLine;
using ChatTriage.Web.DirectLine;
using ChatTriage.Web.Scaling;

namespace ChatTriage.Web.Tests.Scaling;

/// <summary>The contract on a database; each "instance" has its own connection pool.</summary>
public abstract class SqlDirectLineStoreContractTests(Func<Task<ScratchDatabase>> create) : DirectLineStoreContractTests
{
    private readonly List<ScratchDatabase> databases = [];

    protected override async Task<IDirectLineStore> CreateStoreAsync()
    {
        var database = await create();
        databases.Add(database);
        return OpenSameStore();
    }

    protected override IDirectLineStore OpenSameStore() => new SqlDirectLineStore(new SqlDirectLineLog(databases[^1].Open()));

    public override async Task DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }
}
