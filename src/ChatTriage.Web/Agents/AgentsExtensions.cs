using System.Globalization;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Options;
using ChatTriage.Storage.Leadership;
using ChatTriage.Web.Agents.Auth;
using ChatTriage.Web.Agents.Content;
using ChatTriage.Web.Agents.External;
using ChatTriage.Web.Agents.Feedback;
using ChatTriage.Web.Agents.Floor;
using ChatTriage.Web.Agents.Hub;
using ChatTriage.Web.Agents.Messaging;
using ChatTriage.Web.Agents.Queue;
using ChatTriage.Web.Agents.Relay;
using ChatTriage.Web.Hosting;
using ChatTriage.Web.Scaling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Agents;

/// <summary>The human-agents feature: console, hub, relay, resident messaging, queue monitor and sign-in.</summary>
public static class AgentsExtensions
{
    public static WebApplicationBuilder AddChatTriageAgents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AgentsOptions>(builder.Configuration.GetSection(AgentsOptions.Section));
        services.AddOptions<HandoffOptions>()
            .Bind(builder.Configuration.GetSection(HandoffOptions.Section))
            .Validate(o => o.MaxChatsPerAgent >= 1 && o.AcceptTimeoutMinutes >= 1 && o.MinutesPerPlace >= 1 && o.QueuePollSeconds >= 1,
                "Handoff:MaxChatsPerAgent, AcceptTimeoutMinutes, MinutesPerPlace and QueuePollSeconds must be at least 1.")
            .Validate(o => o.OpeningHours.IsValid(), "Handoff:OpeningHours needs Opens and Closes as HH:mm (or neither) and a known TimeZone.")
            .PostConfigure<IOptions<TriageOptions>>((handoff, triage) => UseTriageSettings(handoff, triage.Value, builder.Configuration))
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Until the host wires durable storage (AddChatTriageStorage registers its queue with Add, so it wins
        // whichever is called first), the queue lives in memory: enough for one instance and for tests.
        services.TryAddSingleton<IHandoffQueue>(sp => new InMemoryHandoffQueue(sp.GetRequiredService<TimeProvider>()));
        // Likewise one instance leads the queue monitor unless storage says otherwise (PostgreSQL elects one).
        services.TryAddSingleton<IInstanceLeadership>(AlwaysLeader.Instance);

        var folder = builder.Configuration["Agents:ContentFolder"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(DialogsFolder.Get(builder), "agents");
        services.AddSingleton(AgentContent.Load(folder));

        services.AddAgentAuthentication(builder.Configuration);
        services.AddAntiforgery();
        var signalR = services.AddSignalR(options => options.MaximumReceiveMessageSize = 64 * 1024);
        if (builder.Configuration.GetConnectionString(ScaleOutExtensions.RedisConnectionName) is { Length: > 0 } redis)
        {
            // Several instances: the backplane lets an agent on one instance see what arrives at another.
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("chattriage:signalr"));
        }

        services.AddSingleton<AgentAccountStore>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AgentPresence>();
        services.TryAddSingleton<IAgentPresenceBoard, InMemoryAgentPresenceBoard>();
        services.AddHostedService<PresenceHeartbeat>();
        services.AddSingleton<AgentNotifier>();
        services.TryAddSingleton<IAgentNoteStore, InMemoryAgentNoteStore>();
        services.TryAddSingleton<IResidentMessenger, ResidentMessenger>();
        services.AddSingleton<ResidentNotices>();
        services.AddSingleton<PendingFeedback>();
        services.AddSingleton<TranscriptReader>();
        services.AddSingleton<ChatHistory>();
        services.AddSingleton<HandoffFallback>();
        services.AddSingleton<ExternalHandoff>();
        services.AddSingleton<QueueMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<QueueMonitor>());
        services.AddSingleton<AgentDesk>();
        services.AddSingleton<FloorService>();
        services.AddSingleton<AgentRelay>();
        services.AddSingleton<IAgentRelay>(sp => sp.GetRequiredService<AgentRelay>());

        // Bot Builder middleware: the adapters run every registered IMiddleware in registration order.
        // ResidentSignalsMiddleware only observes (it never stops a turn), and goes before the 999 interrupt so
        // that it also sees its reply. The feedback middleware answers turns itself, so it goes where this feature
        // is added: after the 999 interrupt, which the host registers first.
        services.AddSingleton<ResidentSignalsMiddleware>();
        services.AddObservingBotMiddleware<ResidentSignalsMiddleware>();
        services.AddSingleton<ConversationTally>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => sp.GetRequiredService<ConversationTally>());
        services.AddSingleton<AgentFeedbackMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => sp.GetRequiredService<AgentFeedbackMiddleware>());
        return builder;
    }

    /// <summary>
    /// One source of truth with the bot: unless the Handoff section sets them, the opening hours, days, time zone,
    /// the hours as residents read them, and the minutes per place come from the bot's "Triage" settings.
    /// </summary>
    public static void UseTriageSettings(HandoffOptions handoff, TriageOptions triage, IConfiguration configuration)
    {
        if (!configuration.GetSection(HandoffOptions.Section + ":OpeningHours").Exists()
            && AgentAvailability.TryParseHours(triage.OpeningHours, out var opens, out var closes))
        {
            handoff.OpeningHours = new OpeningHours
            {
                Opens = opens.ToString("HH:mm", CultureInfo.InvariantCulture),
                Closes = closes.ToString("HH:mm", CultureInfo.InvariantCulture),
                TimeZone = triage.TimeZone,
                Days = triage.OpeningDays.Select(d => Enum.TryParse<DayOfWeek>(d.Trim(), true, out var day) ? day : (DayOfWeek?)null)
                    .OfType<DayOfWeek>().ToList(),
                Text = triage.OpeningHoursText,
            };
        }

        if (configuration[HandoffOptions.Section + ":MinutesPerPlace"] is null)
        {
            handoff.MinutesPerPlace = triage.MinutesPerWaitingResident;
        }
    }

    public static WebApplication MapChatTriageAgents(this WebApplication app)
    {
        app.UseAgentSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();

        // The console's scripts and styles (and the SignalR client copied from npm) are served from wwwroot;
        // they hold no data. Pages, API and hub below need sign-in.
        var webRoot = app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot");
        ServeFolder(app, Path.Combine(webRoot, "agent"), "/agent/assets");
        ServeFolder(app, Path.Combine(webRoot, "lib", "microsoft-signalr"), "/agent/lib");

        app.MapAgentSignIn(AgentAuthenticationExtensions.UsesOpenIdConnect(app.Configuration));
        app.MapGet("/agent", ConsolePage).RequireAuthorization(AgentPolicies.Agent);
        app.MapGet("/agent/supervisor", SupervisorPage).RequireAuthorization(AgentPolicies.Supervisor);
        app.MapGet("/agent/api/queue", (HttpContext http, AgentDesk desk)
            => desk.GetQueueAsync(AgentIdentity.From(http.User), http.RequestAborted)).RequireAuthorization(AgentPolicies.Agent);
        app.MapGet("/agent/api/floor", (HttpContext http, FloorService floor)
            => floor.GetAsync(http.RequestAborted)).RequireAuthorization(AgentPolicies.Supervisor);
        app.MapHub<AgentHub>("/agent/hub").RequireAuthorization(AgentPolicies.Agent);
        return app;
    }

    private static void ServeFolder(WebApplication app, string folder, string requestPath)
    {
        Directory.CreateDirectory(folder); // the npm copy may not have run yet in a bare checkout
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = requestPath });
    }

    private static IResult ConsolePage(HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery)
        => AgentPages.Render("console.html", ("token", antiforgery.GetAndStoreTokens(http).RequestToken ?? ""));

    private static IResult SupervisorPage(HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery)
        => AgentPages.Render("supervisor.html", ("token", antiforgery.GetAndStoreTokens(http).RequestToken ?? ""));
}
