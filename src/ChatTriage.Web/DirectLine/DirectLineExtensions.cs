using System.Threading.RateLimiting;
using ChatTriage.Web.Hosting;
using ChatTriage.Web.WebChat;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.DirectLine;

/// <summary>Registers and maps the Direct Line channel and the resident chat page.</summary>
public static class DirectLineExtensions
{
    public static WebApplicationBuilder AddChatTriageDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<DirectLineOptions>(builder.Configuration.GetSection(DirectLineOptions.SectionName));
        services.Configure<ForceOptions>(builder.Configuration.GetSection(ForceOptions.SectionName));
        services.Configure<WebChatOptions>(builder.Configuration.GetSection(WebChatOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDirectLineStore, InMemoryDirectLineStore>();
        services.TryAddSingleton<IDirectLineNotifier, InMemoryDirectLineNotifier>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<ClientActivityReader>();
        services.AddSingleton(sp =>
        {
            var adapter = ActivatorUtilities.CreateInstance<DirectLineAdapter>(sp);
            if (sp.GetService<TurnErrorHandler>() is { } errors)
            {
                adapter.OnTurnError = errors.HandleAsync;
            }

            return adapter;
        });
        services.AddSingleton<DirectLineTurns>();
        services.AddSingleton<DirectLineStream>();
        services.AddSingleton<DirectLinePostLimiter>();

        var dialogsFolder = DialogsFolder.Get(builder);
        services.AddSingleton(sp => PageTextsLoader.Load(
            sp.GetRequiredService<IOptions<WebChatOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            dialogsFolder));
        services.AddSingleton<ChatPage>();
        services.AddSingleton<SelfHostedTokenSource>();
        services.AddHttpClient<AzureDirectLineTokenSource>(http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddTransient<IWebChatTokenSource>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secret)
                ? sp.GetRequiredService<SelfHostedTokenSource>()
                : sp.GetRequiredService<AzureDirectLineTokenSource>());

        // The stream URL and the per-address limit need the public scheme, host and client address. Only loopback
        // proxies are trusted by default; a deployment behind another proxy adds it to KnownProxies/KnownNetworks.
        services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);

        services.AddRateLimiter(limits =>
        {
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.AddPolicy(WebChatEndpoints.TokenRateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, http.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value.TokenRequestsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return builder;
    }

    /// <summary>
    /// Adds forwarded headers (only from loopback proxies unless the host configures more), WebSockets, rate
    /// limiting and static files, then maps the endpoints. Call it early so later middleware sees the public host.
    /// </summary>
    public static WebApplication MapChatTriageDirectLine(this WebApplication app)
    {
        // Load the page texts now: a broken file must stop start-up, not the first resident.
        app.Services.GetRequiredService<PageTexts>();
        app.Services.GetRequiredService<DirectLineTokens>();

        app.UseForwardedHeaders();
        app.UseWebSockets();
        app.UseRateLimiter();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                if (file.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'self'";
                }
            },
        });
        app.MapDirectLineEndpoints();
        app.MapWebChatEndpoints();
        return app;
    }
}
