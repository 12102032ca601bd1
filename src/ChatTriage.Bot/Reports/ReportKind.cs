namespace ChatTriage.Bot.Reports;

/// <summary>The kinds of report a resident can leave.</summary>
public enum ReportKind
{
    Crime,
    Collision,
    Information,
}
