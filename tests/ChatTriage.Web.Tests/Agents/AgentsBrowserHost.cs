namespace ChatTriage.Web.Tests.Agents;

/// <summary>The agents test host on a real Kestrel port, for the browser.</summary>
public sealed class AgentsBrowserHost : AgentsTestHost
{
    public AgentsBrowserHost()
    {
        UseKestrel(0);
    }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return CreateClient().BaseAddress!;
        }
    }
}
