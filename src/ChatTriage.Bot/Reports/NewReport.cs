using System.Security.Cryptography;
using System.Text;

namespace ChatTriage.Bot.Reports;

/// <summary>A report about to be stored. <paramref name="Json"/> is the typed draft serialised as JSON.</summary>
public sealed record NewReport(ReportKind Kind, string ConversationId, string Json, DateTimeOffset SubmittedAt)
{
    /// <summary>
    /// The same report from the same conversation has the same key, whenever it is submitted: a double click, or a
    /// turn run again after losing a race to save its state, gives back the first submission instead of a second report.
    /// </summary>
    public string SubmissionKey => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Kind}\n{ConversationId}\n{Json}")));
}
