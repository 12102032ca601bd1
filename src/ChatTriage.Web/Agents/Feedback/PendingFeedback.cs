using Microsoft.Bot.Builder;

namespace ChatTriage.Web.Agents.Feedback;

/// <summary>
/// Conversations that were just asked "Was this helpful?" after an agent chat, with the outcome to file the
/// answer under. Kept in the bot's IStorage when the host registers one (shared by instances), else in memory.
/// </summary>
public sealed class PendingFeedback(IServiceProvider services)
{
    private readonly IStorage storage = services.GetService<IStorage>() ?? new MemoryStorage();

    public Task MarkAsync(string conversationId, string outcome, CancellationToken cancellationToken)
        => storage.WriteAsync(new Dictionary<string, object> { [Key(conversationId)] = new Entry { Outcome = outcome } }, cancellationToken);

    /// <summary>The pending outcome, if the conversation was asked; reading it does not clear it.</summary>
    public async Task<string?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var found = await storage.ReadAsync<Entry>([Key(conversationId)], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(Key(conversationId), out var entry) ? entry.Outcome : null;
    }

    public Task ClearAsync(string conversationId, CancellationToken cancellationToken)
        => storage.DeleteAsync([Key(conversationId)], cancellationToken);

    private static string Key(string conversationId) => "agents/feedback/" + conversationId;

    /// <summary>The stored shape.</summary>
    public sealed class Entry
    {
        public string Outcome { get; set; } = "";
    }
}
