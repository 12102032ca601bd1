namespace ChatTriage.Storage.Migrations;

/// <summary>Brings the database schema up to date.</summary>
public interface IDatabaseMigrator
{
    /// <summary>Applies the migrations the database lacks; returns the schema version reached.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);
}
