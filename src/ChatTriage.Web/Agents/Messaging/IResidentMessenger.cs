using ChatTriage.Bot.Handoff;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Agents.Messaging;

/// <summary>Sends an activity to a resident's conversation proactively (agent messages, queue updates).</summary>
public interface IResidentMessenger
{
    Task SendToResidentAsync(HandoffTicket ticket, IActivity activity, CancellationToken cancellationToken);
}
