using ChatTriage.Bot.Handoff;
using ChatTriage.Storage.Data;

namespace ChatTriage.Storage.Agents;

/// <summary>Who has the agent console open, on SQLite or PostgreSQL: one row per instance and agent, refreshed by each instance's heartbeat.</summary>
public sealed class SqlAgentPresenceBoard(RelationalDatabase database) : IAgentPresenceBoard
{
    public async Task PublishAsync(string instanceId, IReadOnlyList<PresentAgent> agents, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agents);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var delete = connection.Command("DELETE FROM agent_presence WHERE instance_id = @instance", transaction).With("@instance", instanceId))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var agent in agents.DistinctBy(a => a.Id))
        {
            await using var insert = connection.Command(
                "INSERT INTO agent_presence (instance_id, agent_id, display_name, is_supervisor, seen_at) VALUES (@instance, @agent, @name, @supervisor, @at)",
                transaction);
            insert.With("@instance", instanceId).With("@agent", agent.Id).With("@name", agent.DisplayName).With("@supervisor", agent.IsSupervisor).With("@at", database.ToDb(now));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PresentAgent>> ListAsync(DateTimeOffset seenSince, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command(
            "SELECT agent_id, display_name, is_supervisor FROM agent_presence WHERE seen_at >= @since ORDER BY agent_id, seen_at DESC").With("@since", database.ToDb(seenSince));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var agents = new List<PresentAgent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            agents.Add(new PresentAgent(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }

        return agents.DistinctBy(a => a.Id).ToList();
    }

    public async Task RemoveInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.Command("DELETE FROM agent_presence WHERE instance_id = @instance").With("@instance", instanceId);
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
