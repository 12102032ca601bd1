using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.DirectLine;

/// <summary>
/// Calls the bot in-process for the Direct Line channel: runs the app's middleware (from DI, in order) and then the
/// <see cref="IBot"/>; what the bot sends is stamped (id, timestamp, role), appended to the conversation log and
/// pushed to the resident's sockets. One turn at a time per conversation.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    public const string ChannelId = "directline";

    private readonly IDirectLineStore _store;
    private readonly IDirectLineNotifier _notifier;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ConversationLocks _turnLocks = new();
    private string _serviceUrl = "http://localhost/";

    public DirectLineAdapter(
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        IDirectLineStore store,
        IDirectLineNotifier notifier,
        IServiceScopeFactory scopes,
        IOptions<DirectLineOptions> options,
        TimeProvider clock)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        _store = store;
        _notifier = notifier;
        _scopes = scopes;
        _clock = clock;
        Bot = new ChannelAccount(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);
    }

    /// <summary>The bot's account on this channel (the recipient of every resident activity).</summary>
    public ChannelAccount Bot { get; }

    /// <summary>
    /// Sends one activity to a resident outside a turn (agents' messages, reminders). Runs through the middleware
    /// as a continuation turn and waits for the conversation's current turn to end. Do not call it for the same
    /// conversation from inside that conversation's turn (it would wait for itself).
    /// </summary>
    public Task SendProactiveAsync(string conversationId, IActivity activity, CancellationToken cancellationToken = default) =>
        ContinueConversationAsync(conversationId, (context, ct) => context.SendActivityAsync(activity, ct), cancellationToken);

    /// <summary>Runs <paramref name="callback"/> in a continuation turn of a Direct Line conversation.</summary>
    public async Task ContinueConversationAsync(string conversationId, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        var conversation = await _store.FindConversationAsync(conversationId, cancellationToken)
            ?? throw new KeyNotFoundException("Unknown Direct Line conversation.");
        await ContinueConversationAsync(Bot.Id, ReferenceFor(conversation), callback, cancellationToken);
    }

    /// <summary>The reference a bot needs to continue this conversation later.</summary>
    public ConversationReference ReferenceFor(DirectLineConversation conversation) => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = _serviceUrl,
        Bot = Bot,
        User = new ChannelAccount(conversation.UserId, role: RoleTypes.User),
        Conversation = new ConversationAccount(id: conversation.Id),
        Locale = "en-GB",
    };

    public override async Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var activity = reference.GetContinuationActivity();
        activity.Timestamp = _clock.GetUtcNow();
        await RunTurnAsync(activity, callback, cancellationToken);
    }

    /// <summary>Same as the bot-id overload: no claims are checked in-process.</summary>
    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(Bot.Id, reference, callback, cancellationToken);

    /// <summary>Same as the bot-id overload: no claims or audience are checked in-process.</summary>
    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(Bot.Id, reference, callback, cancellationToken);

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse(string.Empty);
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    await Task.Delay(DelayOf(activity), _clock, cancellationToken);
                    continue;
                case ActivityTypesEx.InvokeResponse:
                    turnContext.TurnState.Add(InvokeResponseKey, activity);
                    continue;
                case ActivityTypes.Trace:
                    continue;
            }

            var conversationId = turnContext.Activity.Conversation.Id;
            activity.ChannelId = ChannelId;
            activity.Conversation = new ConversationAccount(id: conversationId);
            activity.From = new ChannelAccount(activity.From?.Id ?? Bot.Id, activity.From?.Name ?? Bot.Name, RoleTypes.Bot);
            activity.Timestamp = _clock.GetUtcNow();
            activity.ServiceUrl = null;
            var entry = await AppendAsync(conversationId, activity, cancellationToken);
            responses[i] = new ResourceResponse(entry.Activity.Id);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line channel does not update sent activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line channel does not delete sent activities.");

    /// <summary>Appends to the log and tells this conversation's sockets.</summary>
    internal async Task<DirectLineEntry> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var entry = await _store.AppendAsync(conversationId, activity, cancellationToken);
        await _notifier.NotifyAsync(conversationId, CancellationToken.None);
        return entry;
    }

    /// <summary>Runs the greeting turn of a new conversation: the bot and the resident joined.</summary>
    internal Task StartConversationAsync(DirectLineConversation conversation, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        _serviceUrl = serviceUrl;
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Timestamp = _clock.GetUtcNow(),
            Conversation = new ConversationAccount(id: conversation.Id),
            From = new ChannelAccount(conversation.UserId, role: RoleTypes.User),
            Recipient = Bot,
            MembersAdded = [Bot, new ChannelAccount(conversation.UserId, role: RoleTypes.User)],
            Locale = locale,
        };
        return RunTurnAsync(update, null, cancellationToken);
    }

    /// <summary>Runs the bot's turn for a resident activity already appended (so it carries its log id).</summary>
    internal Task ProcessActivityAsync(Activity logged, string serviceUrl, CancellationToken cancellationToken)
    {
        _serviceUrl = serviceUrl;
        logged.Recipient = Bot;
        logged.ServiceUrl = serviceUrl;
        return RunTurnAsync(logged, null, cancellationToken);
    }

    private async Task RunTurnAsync(Activity activity, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        using var turn = await _turnLocks.AcquireAsync(activity.Conversation.Id, cancellationToken);
        await using var scope = _scopes.CreateAsyncScope();
        using var context = new TurnContext(this, activity);
        var handler = callback ?? scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync;
        await RunPipelineAsync(context, handler, cancellationToken);
    }

    private static TimeSpan DelayOf(Activity activity) =>
        TimeSpan.FromMilliseconds(Math.Clamp(Convert.ToDouble(activity.Value ?? 0, System.Globalization.CultureInfo.InvariantCulture), 0, 60_000));
}
