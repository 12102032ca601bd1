using System.Reflection;
using System.Text.RegularExpressions;
using ChatTriage.Bot.Options;
using ChatTriage.Storage.Retention;
using ChatTriage.Web.Agents;
using ChatTriage.Web.DirectLine;
using ChatTriage.Web.WebChat;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace ChatTriage.Web.Tests.Deploy;

/// <summary>
/// No Docker engine runs here, so the deploy files are checked as text: every setting they give the app must be one
/// the app reads. A misspelt or stale key would otherwise be ignored in production without a word.
/// </summary>
public sealed partial class DeployConfigurationKeysTests
{
    // Keys read directly rather than through an options class: where each is read is named beside it.
    private static readonly string[] DirectKeys =
    [
        "Storage:Provider", // ChatTriage.Storage StorageServiceCollectionExtensions.ReadProvider
        "ConnectionStrings:Sqlite", // ChatTriage.Storage AddChatTriageStorage
        "ConnectionStrings:Postgres", // ChatTriage.Storage AddChatTriageStorage
        "ConnectionStrings:Redis", // ChatTriage.Web Scaling and the agents' SignalR backplane
        "Content:DialogsFolder", // ChatTriage.Web Hosting.DialogsFolder
        "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType", // ConfigurationBotFrameworkAuthentication
    ];

    // Settings for the platform, not for the app (documented in deploy/README.md).
    private static readonly string[] PlatformKeys = ["WEBSITES_PORT", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_ENVIRONMENT", "ASPNETCORE_URLS"];

    public static TheoryData<string> DeployFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in FileNames())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeployFiles))]
    public void EveryKeyADeployFileSetsIsOneTheAppReads(string file)
    {
        var readable = ReadableKeys();
        var text = File.ReadAllText(Path.Combine(DeployFolder, file));
        var unknown = SetKeys(text)
            .Where(key => !PlatformKeys.Contains(key))
            .Select(key => key.Replace("__", ":", StringComparison.Ordinal))
            .Where(key => !readable.Contains(key))
            .Distinct()
            .ToList();

        Assert.True(unknown.Count == 0, $"deploy/{file} sets keys the app never reads: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void TheDeployFilesSetTheKeysThatMatterForSeveralInstances()
    {
        var all = FileNames().Select(file => File.ReadAllText(Path.Combine(DeployFolder, file))).ToList();

        foreach (var key in new[] { "Storage__Provider", "ConnectionStrings__Postgres", "ConnectionStrings__Redis", "DirectLine__TokenSigningKey" })
        {
            Assert.Contains(all, text => text.Contains(key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AMisspeltKeyIsCaught()
    {
        var keys = SetKeys("environment:\n  Storage__Provder: Postgres\n").Select(k => k.Replace("__", ":", StringComparison.Ordinal));

        Assert.DoesNotContain(keys, ReadableKeys().Contains);
    }

    private static string DeployFolder => RepoPaths.Deploy;

    /// <summary>The files that set configuration: compose, Kubernetes, Bicep and the Dockerfile (not the README).</summary>
    private static IEnumerable<string> FileNames() =>
        Directory.EnumerateFiles(DeployFolder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".bicep", StringComparison.Ordinal) || Path.GetFileName(f) == "Dockerfile")
            .Select(f => Path.GetRelativePath(DeployFolder, f))
            .Order(StringComparer.Ordinal);

    /// <summary>Environment-variable style keys (Section__Key) and the Bot Framework's top-level MicrosoftApp* keys.</summary>
    private static IEnumerable<string> SetKeys(string text) =>
        NestedKey().Matches(text).Select(m => m.Value)
            .Concat(BotKey().Matches(text).Select(m => m.Value))
            .Concat(PlatformKey().Matches(text).Select(m => m.Value));

    private static HashSet<string> ReadableKeys()
    {
        var keys = new HashSet<string>(DirectKeys, StringComparer.OrdinalIgnoreCase);
        AddProperties(keys, TriageOptions.SectionName, typeof(TriageOptions));
        AddProperties(keys, DirectLineOptions.SectionName, typeof(DirectLineOptions));
        AddProperties(keys, WebChatOptions.SectionName, typeof(WebChatOptions));
        AddProperties(keys, ForceOptions.SectionName, typeof(ForceOptions));
        AddProperties(keys, HandoffOptions.Section, typeof(HandoffOptions));
        AddProperties(keys, AgentsOptions.Section, typeof(AgentsOptions));
        AddProperties(keys, RetentionOptions.SectionName, typeof(RetentionOptions));
        AddProperties(keys, "Authentication:OpenIdConnect", typeof(OpenIdConnectOptions));
        return keys;
    }

    private static void AddProperties(HashSet<string> keys, string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.Name}";
            keys.Add(key);
            var ours = property.PropertyType.Namespace?.StartsWith("ChatTriage", StringComparison.Ordinal) == true;
            if (ours && property.PropertyType.IsClass && property.PropertyType != typeof(string))
            {
                AddProperties(keys, key, property.PropertyType);
            }
        }
    }


    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+\b")]
    private static partial Regex NestedKey();

    [GeneratedRegex(@"\bMicrosoftApp[A-Za-z]*\b")]
    private static partial Regex BotKey();

    [GeneratedRegex(@"\b(?:WEBSITES|ASPNETCORE)_[A-Z_]+\b")]
    private static partial Regex PlatformKey();
}
