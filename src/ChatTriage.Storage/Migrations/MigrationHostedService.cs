using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatTriage.Storage.Migrations;

/// <summary>
/// Migrates the schema in <see cref="StartAsync"/>. Hosted services start before the server listens, so the
/// app never serves against an old schema; a failure stops start-up.
/// </summary>
public sealed partial class MigrationHostedService(IDatabaseMigrator migrator, ILogger<MigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var version = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        LogMigrated(logger, version);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage schema is at version {Version}")]
    private static partial void LogMigrated(ILogger logger, int version);
}
