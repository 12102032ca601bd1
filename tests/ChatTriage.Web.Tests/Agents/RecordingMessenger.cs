using System.Collections.Concurrent;
using ChatTriage.Bot.Handoff;
using ChatTriage.Web.Agents.Messaging;
using Microsoft.Bot.Schema;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>Records what would reach residents, by conversation.</summary>
public sealed class RecordingMessenger : IResidentMessenger
{
    private readonly ConcurrentQueue<(string ConversationId, IActivity Activity)> sent = new();

    public Task SendToResidentAsync(HandoffTicket ticket, IActivity activity, CancellationToken cancellationToken)
    {
        sent.Enqueue((ticket.ConversationId, activity));
        return Task.CompletedTask;
    }

    public IReadOnlyList<IActivity> To(string conversationId)
        => sent.Where(s => s.ConversationId == conversationId).Select(s => s.Activity).ToList();

    public IReadOnlyList<string> TextsTo(string conversationId)
        => To(conversationId).OfType<IMessageActivity>().Select(m => m.Text ?? "").ToList();
}
