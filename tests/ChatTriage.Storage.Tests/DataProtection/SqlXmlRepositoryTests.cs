using System.Xml.Linq;
using ChatTriage.Bot.Tests.Contracts;
using ChatTriage.Storage.DataProtection;
using ChatTriage.Storage.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace ChatTriage.Storage.Tests.DataProtection;

/// <summary>Data-protection keys in the database: shared by instances, kept across restarts.</summary>
public abstract class SqlXmlRepositoryTests(DatabaseKind kind) : IAsyncLifetime
{
    private readonly TestDatabases databases = new(kind);

    private static IDataProtector Protector(SqlXmlRepository repository)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("ChatTriage");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = repository);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
    }

    [ContractFact]
    public async Task StoredElementsAreReadBackByAnotherInstance()
    {
        var database = await databases.CreateAsync();
        var repository = new SqlXmlRepository(database.Database);

        repository.StoreElement(new XElement("key", new XAttribute("id", "1")), "key-1");
        repository.StoreElement(new XElement("key", new XAttribute("id", "2")), "key-2");

        var read = new SqlXmlRepository(database.OpenInstance()).GetAllElements();
        Assert.Equal(["1", "2"], read.Select(e => (string?)e.Attribute("id")).Order());
    }

    [ContractFact]
    public async Task ARepeatedNameKeepsBothElements()
    {
        var database = await databases.CreateAsync();
        var repository = new SqlXmlRepository(database.Database);

        repository.StoreElement(new XElement("revocation", "a"), "revocation");
        repository.StoreElement(new XElement("revocation", "b"), "revocation");

        Assert.Equal(["a", "b"], repository.GetAllElements().Select(e => e.Value).Order());
    }

    [ContractFact]
    public async Task DataProtectedByOneInstanceIsReadByAnother()
    {
        var database = await databases.CreateAsync();
        var protectedText = Protector(new SqlXmlRepository(database.Database)).Protect("agent cookie");

        var other = Protector(new SqlXmlRepository(database.OpenInstance()));

        Assert.Equal("agent cookie", other.Unprotect(protectedText));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => databases.DisposeAsync();
}
