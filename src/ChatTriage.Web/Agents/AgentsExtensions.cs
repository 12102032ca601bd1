using ChatTriage.Web.Agents.Auth;
using ChatTriage.Web.Agents.Content;
using ChatTriage.Web.Agents.External;
using ChatTriage.Web.Agents.Feedback;
using ChatTriage.Web.Agents.Floor;
using ChatTriage.Web.Agents.Hub;
using ChatTriage.Web.Agents.Messaging;
using ChatTriage.Web.Agents.Notes;
using ChatTriage.Web.Agents.Queue;
using ChatTriage.Web.Agents.Relay;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace ChatTriage.Web.Agents;

/// <summary>The human-agents feature: console, hub, relay, resident messaging, queue monitor and sign-in.</summary>
public static class AgentsExtensions
{
    public static WebApplicationBuilder AddChatTriageAgents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AgentsOptions>(builder.Configuration.GetSection(AgentsOptions.Section));
        services.Configure<HandoffOptions>(builder.Configuration.GetSection(HandoffOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        var folder = AgentContent.LocateFolder(builder.Configuration["Agents:ContentFolder"], builder.Environment.ContentRootPath);
        services.AddSingleton(AgentContent.Load(folder));

        services.AddAgentAuthentication(builder.Configuration);
        services.AddAntiforgery();
        services.AddSignalR(options => options.MaximumReceiveMessageSize = 64 * 1024);

        services.AddSingleton<AgentAccountStore>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AgentPresence>();
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

        // Bot Builder middleware: the adapters run every registered IMiddleware in registration order, and
        // the 999 interrupt is registered before this feature, so it always runs first.
        services.AddSingleton<ConversationTally>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => sp.GetRequiredService<ConversationTally>());
        services.AddSingleton<AgentFeedbackMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => sp.GetRequiredService<AgentFeedbackMiddleware>());
        return builder;
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
