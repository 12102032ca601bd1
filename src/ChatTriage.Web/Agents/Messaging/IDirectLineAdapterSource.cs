using Microsoft.Bot.Builder;

namespace ChatTriage.Web.Agents.Messaging;

/// <summary>The in-process Direct Line adapter, when the Direct Line channel is hosted (registered by the agents feature).</summary>
public interface IDirectLineAdapterSource
{
    BotAdapter? Adapter { get; }
}
