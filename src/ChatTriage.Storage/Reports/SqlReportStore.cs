using System.Data.Common;
using ChatTriage.Bot.Reports;
using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.Reports;

/// <summary>
/// Reports on SQLite or PostgreSQL. The sequence behind each reference comes from the database (a sequence row
/// updated in the write transaction on SQLite, a SEQUENCE on PostgreSQL), so references are unique across
/// instances and under concurrency. A unique submission key makes a resubmission of the same report (a double
/// click, a turn run again after a state conflict, on any instance) give back the first one.
/// </summary>
public sealed class SqlReportStore(RelationalDatabase database) : IReportStore
{
    private const string Columns = "reference, kind, conversation_id, json, submitted_at";

    public async Task<StoredReport> SubmitAsync(NewReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var key = report.SubmissionKey;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (await FindSubmissionAsync(connection, transaction, key, cancellationToken).ConfigureAwait(false) is { } first)
        {
            return first;
        }

        var sequence = await database.NextReportSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var stored = new StoredReport(
            ReportReference.Create(report.SubmittedAt.UtcDateTime.Year, sequence), report.Kind, report.ConversationId, report.Json, report.SubmittedAt);

        // Two instances can both find no submission yet (PostgreSQL reads committed rows): the unique key lets one insert.
        await using (var insert = connection.Command(
            $"INSERT INTO reports ({Columns}, submission_key) VALUES (@reference, @kind, @conversation, @json, @at, @key) ON CONFLICT (submission_key) DO NOTHING",
            transaction))
        {
            insert.With("@reference", stored.Reference)
                .With("@kind", stored.Kind.ToString())
                .With("@conversation", stored.ConversationId)
                .With("@json", stored.Json)
                .With("@at", database.ToDb(stored.SubmittedAt))
                .With("@key", key);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return await FindSubmissionAsync(connection, null, key, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("A report with this submission key was stored and then removed.");
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task<StoredReport?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        var key = reference?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command($"SELECT {Columns} FROM reports WHERE reference = @reference").With("@reference", key);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<int> PurgeAsync(DateTimeOffset submittedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.Command("DELETE FROM reports WHERE submitted_at < @before").With("@before", database.ToDb(submittedBefore));
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<StoredReport?> FindSubmissionAsync(DbConnection connection, DbTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using var select = connection.Command($"SELECT {Columns} FROM reports WHERE submission_key = @key", transaction).With("@key", key);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    private StoredReport Read(DbDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<ReportKind>(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        database.ReadTime(reader, 4));
}
