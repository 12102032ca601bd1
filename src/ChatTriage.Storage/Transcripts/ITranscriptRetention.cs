namespace ChatTriage.Storage.Transcripts;

/// <summary>Deletes old transcript activities (retention). Implemented by every transcript store here.</summary>
public interface ITranscriptRetention
{
    /// <summary>Deletes activities logged before the cut-off, and conversations left empty; returns how many activities.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
