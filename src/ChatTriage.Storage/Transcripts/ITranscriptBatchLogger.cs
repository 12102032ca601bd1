using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Storage.Transcripts;

/// <summary>A transcript logger that writes several activities at once (a turn's), in the order given.</summary>
public interface ITranscriptBatchLogger : ITranscriptLogger
{
    /// <summary>Logs <paramref name="activities"/> in order, as one write where the store allows (SQL: one transaction).</summary>
    Task LogActivitiesAsync(IReadOnlyList<IActivity> activities);
}
