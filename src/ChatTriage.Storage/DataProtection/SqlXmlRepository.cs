using System.Xml.Linq;
using ChatTriage.Storage.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChatTriage.Storage.DataProtection;

/// <summary>
/// Keeps ASP.NET Core data-protection keys in the shared database, so every instance reads the same key ring:
/// a sign-in cookie or antiforgery token made by one instance is accepted by the others and survives restarts.
/// Keys are stored as the XML the framework gives (not encrypted at rest here): access to the database is
/// access to the keys, as it is to the reports.
/// </summary>
public sealed class SqlXmlRepository(RelationalDatabase database, TimeProvider? timeProvider = null) : IXmlRepository
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    // IXmlRepository is synchronous; the framework calls it only when it loads or refreshes the key ring (at start
    // and about once a day, or when it meets an unknown key), never per request, so blocking here costs nothing.
    public IReadOnlyCollection<XElement> GetAllElements() => GetAllElementsAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => StoreElementAsync(element, friendlyName).GetAwaiter().GetResult();

    public async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync(CancellationToken cancellationToken = default)
    {
        var elements = new List<XElement>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command("SELECT xml FROM data_protection_keys ORDER BY created_at, name");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public async Task StoreElementAsync(XElement element, string friendlyName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(element);

        // The friendly name is "key-<guid>" for keys and unique per element; a random suffix keeps a repeated name
        // (a revocation, say) from overwriting anything, as the file system repository does.
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.Command(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING")
            .With("@name", name)
            .With("@xml", element.ToString(SaveOptions.DisableFormatting))
            .With("@at", database.ToDb(clock.GetUtcNow()));
        if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            await using var again = connection.Command("INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at)")
                .With("@name", name + "-" + Guid.NewGuid().ToString("N"))
                .With("@xml", element.ToString(SaveOptions.DisableFormatting))
                .With("@at", database.ToDb(clock.GetUtcNow()));
            await again.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
