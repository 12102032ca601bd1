using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatTriage.Web.Tests.DirectLine;

/// <summary>The whole app on a real Kestrel port (127.0.0.1, dynamic), with the test bot.</summary>
public class DirectLineServer : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-0123456789-abcdefghijklmnop";

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:Provider"] = "Memory",
        ["DirectLine:TokenSigningKey"] = SigningKey,
        ["DirectLine:KeepAliveSeconds"] = "1",
        ["WebChat:TokenRequestsPerMinute"] = "10000",
        ["WebChat:QuickExitUrl"] = "about:blank#left",
        ["Force:Name"] = "Testshire Constabulary",
        ["Force:PrimaryColour"] = "#1d4f91",
    };

    public DirectLineServer()
    {
        // Listen on a free loopback port through Kestrel's own options: UseKestrel(port) makes the factory rewrite
        // the server addresses in a way that raced with the app's start ("Addresses cannot be modified...").
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>More test services (set before the server starts).</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    public Uri BaseAddress => Http().BaseAddress!;

    /// <summary>Changes a setting before the server starts.</summary>
    public DirectLineServer With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public HttpClient Http()
    {
        StartServer();
        return CreateClient();
    }

    public T Service<T>()
        where T : notnull
    {
        StartServer();
        return Services.GetRequiredService<T>();
    }


    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddTransient<IBot, TestBot>();
            ExtraServices?.Invoke(services);
        });
    }
}
