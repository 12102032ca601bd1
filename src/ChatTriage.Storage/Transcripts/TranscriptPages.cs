using System.Globalization;
using Microsoft.Bot.Builder;

namespace ChatTriage.Storage.Transcripts;

/// <summary>Paging shared by the transcript stores: a page of rows in sequence order, the token is the last sequence number.</summary>
internal static class TranscriptPages
{
    /// <summary>The page size of transcript reads, as in Bot Builder's own transcript stores.</summary>
    public const int Size = 20;

    public static long After(string? continuationToken) =>
        long.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : 0;

    /// <summary>Builds a page from up to <see cref="Size"/> + 1 rows; the extra row only says there is more.</summary>
    public static PagedResult<T> Page<T>(List<(long Seq, T Item)> rows)
    {
        var items = rows.Take(Size).ToList();
        return new PagedResult<T>
        {
            Items = items.Select(r => r.Item).ToArray(),
            ContinuationToken = rows.Count > Size ? items[^1].Seq.ToString(CultureInfo.InvariantCulture) : null,
        };
    }
}
