using ChatTriage.Storage.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ChatTriage.Storage.Leadership;

/// <summary>
/// Leadership among instances sharing one PostgreSQL database: the leader holds a session-level advisory lock on a
/// dedicated connection for as long as it leads. PostgreSQL releases the lock when that session ends (the instance
/// stops, crashes or loses the connection), so another instance takes it at its next check. The key is schema-aware
/// (<c>hashtext(current_schema() || ':' || name)</c>), like the transaction locks, so databases in other schemas do
/// not share a leader.
/// </summary>
public sealed class PostgresLeadership(
    PostgresDatabase database,
    string name = PostgresLeadership.DefaultName,
    ILogger<PostgresLeadership>? logger = null,
    TimeSpan? idleSessionTimeout = null)
    : IInstanceLeadership, IAsyncDisposable, IDisposable
{
    /// <summary>The lock name the app uses: one leader per database schema.</summary>
    public const string DefaultName = "instance-leader";

    /// <summary>
    /// How long the server keeps the leader's session when no check arrives. A leader whose host vanished without
    /// closing its connection would otherwise hold the lead until TCP keepalive notices (hours by default); the queue
    /// monitor checks every few seconds, so a live leader never comes near this.
    /// </summary>
    public static readonly TimeSpan DefaultIdleSessionTimeout = TimeSpan.FromMinutes(2);

    // First key of the leadership locks: a namespace apart from the transaction locks' ("CTRI"), so a session
    // lock can never be mistaken for, or block, one of those.
    private const int LeadershipLockNamespace = 0x43544c44; // "CTLD"

    // A check must not hold up the queue monitor for long: a connection that does not answer in this time is dead.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ILogger log = logger ?? NullLogger<PostgresLeadership>.Instance;
    private NpgsqlConnection? connection;
    private bool leading;
    private bool disposed;

    public async ValueTask<bool> IsLeaderAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (disposed)
            {
                return false;
            }

            try
            {
                connection ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
                leading = leading ? await IsAliveAsync(connection, cancellationToken).ConfigureAwait(false) : await TryLockAsync(connection, cancellationToken).ConfigureAwait(false);
                return leading;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException or InvalidOperationException)
            {
                // A dead connection: whatever lock it held died with its session. Not leading; a new connection next time.
                log.LogWarning(ex, "The leadership connection failed; this instance does not lead until it reconnects");
                await DropConnectionAsync().ConfigureAwait(false);
                return false;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (connection is not null && leading)
            {
                try
                {
                    // Unlock explicitly, so the lead is free when this returns and not only when the server notices the close.
                    await using var unlock = Command(connection, "SELECT pg_advisory_unlock(@ns, hashtext(current_schema() || ':' || @name))");
                    await unlock.ExecuteScalarAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException or InvalidOperationException)
                {
                    log.LogDebug(ex, "Could not unlock the lead; closing its connection releases it");
                }
            }

            await DropConnectionAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var opened = await database.OpenDedicatedAsync(CheckTimeout, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var setting = new NpgsqlCommand("SELECT set_config('idle_session_timeout', @timeout, false)", opened);
            var milliseconds = (long)(idleSessionTimeout ?? DefaultIdleSessionTimeout).TotalMilliseconds;
            setting.Parameters.AddWithValue("timeout", milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await setting.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedObject)
        {
            // PostgreSQL before 14 has no idle_session_timeout: a vanished leader is then freed by TCP keepalive alone.
            log.LogDebug(ex, "This PostgreSQL has no idle_session_timeout");
        }
        catch
        {
            await opened.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return opened;
    }

    private async Task<bool> TryLockAsync(NpgsqlConnection open, CancellationToken cancellationToken)
    {
        await using var command = Command(open, "SELECT pg_try_advisory_lock(@ns, hashtext(current_schema() || ':' || @name))");
        var taken = (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        if (taken)
        {
            log.LogInformation("This instance now leads ({Name})", name);
        }

        return taken;
    }

    // While the session lives the lock is held: a round trip proves the session is alive.
    private static async Task<bool> IsAliveAsync(NpgsqlConnection open, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1", open);
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private NpgsqlCommand Command(NpgsqlConnection open, string sql)
    {
        var command = new NpgsqlCommand(sql, open);
        command.Parameters.AddWithValue("ns", LeadershipLockNamespace);
        command.Parameters.AddWithValue("name", name);
        return command;
    }

    private async Task DropConnectionAsync()
    {
        leading = false;
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            connection = null;
        }
    }
}
