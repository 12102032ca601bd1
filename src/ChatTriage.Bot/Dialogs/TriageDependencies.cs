using ChatTriage.Bot.Content;
using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Options;
using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Understanding;
using Microsoft.Extensions.Options;

namespace ChatTriage.Bot.Dialogs;

/// <summary>What the step dialogs need, in one place so their constructors stay short.</summary>
public sealed class TriageDependencies(
    TriageContent content,
    TriageLanguage language,
    IOptions<TriageOptions> options,
    TimeProvider clock,
    IReportStore reports,
    IHandoffQueue queue,
    IFeedbackStore feedback)
{
    public TriageContent Content { get; } = content;

    public TriageLanguage Language { get; } = language;

    public TriageOptions Options { get; } = options.Value;

    public TimeProvider Clock { get; } = clock;

    public IReportStore Reports { get; } = reports;

    public IHandoffQueue Queue { get; } = queue;

    public IFeedbackStore Feedback { get; } = feedback;

    public AgentAvailability Availability { get; } = new(options, clock);

    /// <summary>The force's time zone (configuration), in which residents give dates and hours are kept.</summary>
    public TimeZoneInfo TimeZone { get; } = AgentAvailability.FindZone(options.Value.TimeZone);
}
