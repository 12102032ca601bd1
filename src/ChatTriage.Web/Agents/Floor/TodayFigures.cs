namespace ChatTriage.Web.Agents.Floor;

/// <summary>
/// Since midnight (opening-hours time zone): conversations the bot had, how many went to the agents' queue,
/// how agent chats ended, the median wait before an agent accepted, and where bot-only conversations ended
/// (from "Was this helpful?" answers).
/// </summary>
public sealed record TodayFigures(
    int Conversations,
    int HandedToAgents,
    int? MedianWaitSeconds,
    IReadOnlyList<CountBy> Outcomes,
    IReadOnlyList<CountBy> BotSettled,
    int HelpfulYes,
    int HelpfulNo);
