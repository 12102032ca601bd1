using ChatTriage.Dialogs;

namespace ChatTriage.Bot.Dialogs;

/// <summary>
/// One answer of a report: how to ask for it, how to keep the answer in the draft, how to show it in the summary,
/// and (optionally) when it is already known so the question is not asked.
/// </summary>
public sealed record ReportField<TDraft>(
    string Id,
    Func<WaterfallStepContext, TDraft, CancellationToken, Task<DialogTurnResult>> Ask,
    Func<TDraft, object?, TDraft> Store,
    Func<TDraft, string?> Show,
    Func<TDraft, bool>? Known = null);
