using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatTriage.Web.Tests.Scaling;

/// <summary>
/// The real app as a child process (<c>dotnet ChatTriage.Web.dll</c>) on a free loopback port, configured through
/// environment variables, in a temp working folder. The dll is the one built beside this test assembly's
/// configuration (src/ChatTriage.Web/bin/&lt;Configuration&gt;/net10.0), as CI builds it before testing.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string SigningKey = "scaling-test-signing-key-0123456789-abcdefghijklmnop";

    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>What the app wrote to stdout and stderr so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static string RepoRoot { get; } = RepoPaths.Root;

    public static string AppDll
    {
        get
        {
            // tests/ChatTriage.Web.Tests/bin/<Configuration>/net10.0/ChatTriage.Web.Tests.dll
            var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testFolder.Parent!.Name;
            var dll = Path.Combine(RepoRoot, "src", "ChatTriage.Web", "bin", configuration, testFolder.Name, "ChatTriage.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build src/ChatTriage.Web ({configuration}) first: no {dll}.");
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> (configuration keys, e.g. "Storage:Provider") and waits until it is healthy.</summary>
    public static async Task<AppProcess> StartAsync(string workingFolder, IReadOnlyDictionary<string, string> settings)
    {
        Directory.CreateDirectory(workingFolder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__DialogsFolder"] = Path.Combine(RepoRoot, "dialogs");
        start.Environment["DirectLine__TokenSigningKey"] = SigningKey;
        start.Environment["DirectLine__KeepAliveSeconds"] = "1";
        start.Environment["WebChat__TokenRequestsPerMinute"] = "10000";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var app = new AppProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    /// <summary>Kills the process at once (SIGKILL): no graceful shutdown, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Http.Dispose();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }


    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app did not become healthy:\n{Output}");
    }
}
