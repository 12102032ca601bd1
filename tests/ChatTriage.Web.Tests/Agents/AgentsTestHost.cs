using System.Net;
using System.Text.RegularExpressions;
using ChatTriage.Bot.Audit;
using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Reports;
using ChatTriage.Web.Agents.Auth;
using ChatTriage.Web.Agents.Messaging;
using ChatTriage.Web.Agents.Queue;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>
/// The app with in-memory queue and stores, a fake clock (Saturday 28 November 2026, noon in London) and a
/// recording messenger instead of real channels. Accounts: sam (agent) and priya (supervisor) from
/// appsettings.Development.json, plus alex and jo (agents) added here.
/// </summary>
public class AgentsTestHost : WebApplicationFactory<Program>
{
    public const string SamPassword = "Agent-dev-2026!";
    public const string PriyaPassword = "Supervisor-dev-2026!";
    public const string OtherPassword = "Other-agent-pass-1";

    private static readonly string OtherHash = AgentAccountStore.Hash(OtherPassword);
    private readonly Dictionary<string, string?> settings = [];
    private int conversationNumber;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    public RecordingMessenger Messenger { get; } = new();

    public InMemoryHandoffQueue Queue { get; private set; } = null!;

    public InMemoryAuditLog Audit { get; } = new();

    public InMemoryFeedbackStore Feedback { get; } = new();

    public InMemoryReportStore Reports { get; } = new();

    /// <summary>Keep the real resident messenger (Direct Line and CloudAdapter) instead of recording.</summary>
    public bool RealMessenger { get; init; }

    /// <summary>More services (set before the host starts).</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    /// <summary>Sets a setting; null leaves it unset (and drops this host's default for it).</summary>
    public AgentsTestHost With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Agents:Accounts:2:UserName", "alex");
        builder.UseSetting("Agents:Accounts:2:DisplayName", "Alex");
        builder.UseSetting("Agents:Accounts:2:PasswordHash", OtherHash);
        builder.UseSetting("Agents:Accounts:2:Role", AgentRoles.Agent);
        builder.UseSetting("Agents:Accounts:3:UserName", "jo");
        builder.UseSetting("Agents:Accounts:3:DisplayName", "Jo");
        builder.UseSetting("Agents:Accounts:3:PasswordHash", OtherHash);
        builder.UseSetting("Agents:Accounts:3:Role", AgentRoles.Agent);
        builder.UseSetting("Handoff:MaxChatsPerAgent", "2");
        if (!settings.ContainsKey("Handoff:MinutesPerPlace"))
        {
            builder.UseSetting("Handoff:MinutesPerPlace", "4");
        }

        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("DirectLine:TokenSigningKey", "agents-test-signing-key-0123456789-abcdefghij");
        builder.UseSetting("WebChat:TokenRequestsPerMinute", "10000");
        foreach (var (key, value) in settings.Where(s => s.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        Queue = new InMemoryHandoffQueue(Time);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.RemoveAll<IHandoffQueue>();
            services.AddSingleton<IHandoffQueue>(Queue);
            if (!RealMessenger)
            {
                services.RemoveAll<IResidentMessenger>();
                services.AddSingleton<IResidentMessenger>(Messenger);
            }

            services.AddSingleton<IAuditLog>(Audit);
            services.AddSingleton<IFeedbackStore>(Feedback);
            services.AddSingleton<IReportStore>(Reports);
            ExtraServices?.Invoke(services);
        });
    }

    public QueueMonitor Monitor => Services.GetRequiredService<QueueMonitor>();

    /// <summary>Queues a conversation as the bot's step 4 would.</summary>
    public async Task<HandoffTicket> EnqueueAsync(string summary = "Saw a man trying car door handles", string details = """{"what":"Someone trying car doors","where":"Hatfield"}""")
    {
        _ = Services; // make sure the host (and so the queue) exists
        var conversationId = "conv-" + Interlocked.Increment(ref conversationNumber);
        var reference = new ConversationReference
        {
            ChannelId = "test",
            ServiceUrl = "http://localhost/",
            Conversation = new ConversationAccount(id: conversationId),
            User = new ChannelAccount("resident-" + conversationId, role: RoleTypes.User),
            Bot = new ChannelAccount("bot", "ChatTriage", RoleTypes.Bot),
        };
        var ticket = await Queue.EnqueueAsync(new HandoffRequest(
            conversationId, JsonConvert.SerializeObject(reference), "Share information", "step4", summary, details));
        Time.Advance(TimeSpan.FromSeconds(1)); // keep creation order distinct
        return ticket;
    }

    /// <summary>Signs in through the real form (anti-forgery and all) and returns the Cookie header to use.</summary>
    public async Task<string> SignInAsync(string userName, string password)
    {
        var (response, cookies) = await PostSignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.FirstOrDefault(c => c.StartsWith("ChatTriage.Agent=", StringComparison.Ordinal)) : null;
        Assert.NotNull(auth);
        return cookies + "; " + auth.Split(';')[0];
    }

    /// <summary>Posts the sign-in form; returns the response and the anti-forgery cookie used.</summary>
    public async Task<(HttpResponseMessage Response, string AntiforgeryCookie)> PostSignInAsync(string userName, string password, bool withToken = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/agent/signin");
        var html = await form.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var fields = new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/agent" };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/agent/signin") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", antiforgery);
        return (await client.SendAsync(request), antiforgery);
    }

    public HttpClient ClientWithCookie(string cookie)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public async Task<HubConnection> ConnectAsync(string? cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/agent/hub"), options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                if (cookie is not null)
                {
                    options.Headers["Cookie"] = cookie;
                }
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.PropertyNameCaseInsensitive = true)
            .Build();
        await connection.StartAsync();
        return connection;
    }

    public async Task<HubConnection> ConnectAsAsync(string userName)
    {
        var password = userName switch
        {
            "sam" => SamPassword,
            "priya" => PriyaPassword,
            _ => OtherPassword,
        };
        return await ConnectAsync(await SignInAsync(userName, password));
    }
}
