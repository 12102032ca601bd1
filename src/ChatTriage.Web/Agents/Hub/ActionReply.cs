namespace ChatTriage.Web.Agents.Hub;

/// <summary>The answer to a console action: done, or why not (shown to the agent).</summary>
public sealed record ActionReply(bool Ok, string? Problem = null)
{
    public static readonly ActionReply Done = new(true);

    public static ActionReply Refused(string problem) => new(false, problem);
}
