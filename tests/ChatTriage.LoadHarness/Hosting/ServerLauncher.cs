using ChatTriage.LoadHarness.Options;

namespace ChatTriage.LoadHarness.Hosting;

/// <summary>Starts ChatTriage and the echo bot as child processes (Release builds), each in its own temp folder.</summary>
public sealed class ServerLauncher(HarnessOptions options, string? repoRoot, string runFolder)
{
    public const string AppDllRelative = "src/ChatTriage.Web/bin/Release/net10.0/ChatTriage.Web.dll";
    public const string EchoDllRelative = "tests/ChatTriage.EchoBot/bin/Release/net10.0/ChatTriage.EchoBot.dll";

    public Task<ServerProcess> StartAppAsync(CancellationToken cancellationToken)
    {
        var dll = options.AppDll ?? FromRepo(AppDllRelative, "--app-dll");
        var folder = Path.Combine(runFolder, "chattriage");

        // The content root is the web project, so the app finds dialogs/ and its page texts as it does under
        // `dotnet run`; the working directory (SQLite file, signing key, logs) is the temp folder.
        var contentRoot = options.AppContentRoot ?? (repoRoot is null ? Path.GetDirectoryName(dll)! : Path.Combine(repoRoot, "src", "ChatTriage.Web"));
        var arguments = new List<string>
        {
            "--contentRoot", contentRoot,
            "--Storage:Provider=" + options.Storage,
            "--ConnectionStrings:Sqlite=Data Source=" + Path.Combine(folder, "chattriage.db"),
            "--DirectLine:SigningKeyFile=" + Path.Combine(folder, "directline-signing-key"),

            // Every simulated resident comes from 127.0.0.1: the per-address limit on new chats would refuse most.
            "--WebChat:TokenRequestsPerMinute=1000000",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
        };
        if (options.PostgresConnection is { } postgres)
        {
            arguments.Add("--ConnectionStrings:Postgres=" + postgres);
        }

        arguments.AddRange(options.AppSettings.Select(s => "--" + s));
        return ServerProcess.StartAsync("chattriage", dll, arguments, Environment(), folder, cancellationToken);
    }

    public Task<ServerProcess> StartEchoAsync(string state, CancellationToken cancellationToken)
    {
        var dll = options.EchoDll ?? FromRepo(EchoDllRelative, "--echo-dll");
        var name = "echo-" + state.ToLowerInvariant();
        var arguments = new List<string>
        {
            "--contentRoot", Path.GetDirectoryName(Path.GetFullPath(dll))!,
            "--EchoBot:State=" + state,
            "--Logging:LogLevel:Default=Warning",
        };
        return ServerProcess.StartAsync(name, dll, arguments, Environment(), Path.Combine(runFolder, name), cancellationToken);
    }

    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        if (options.ServerGc is { } serverGc)
        {
            environment["DOTNET_gcServer"] = serverGc ? "1" : "0";
        }

        return environment;
    }

    private string FromRepo(string relative, string option) =>
        repoRoot is null
            ? throw new ArgumentException($"ChatTriage.sln not found above the harness or the working directory: give {option}.")
            : Path.Combine(repoRoot, relative);
}
