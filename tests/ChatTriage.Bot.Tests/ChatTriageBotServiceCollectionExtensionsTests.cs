using ChatTriage.Bot.Content;
using ChatTriage.Bot.Feedback;
using ChatTriage.Bot.Handoff;
using ChatTriage.Bot.Options;
using ChatTriage.Bot.Reports;
using ChatTriage.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace ChatTriage.Bot.Tests;

public class ChatTriageBotServiceCollectionExtensionsTests
{
    private static IConfiguration Config() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Triage:PrivacyNoticeUrl"] = "https://example.police.uk/privacy",
            ["Triage:OpeningHours"] = "09:00-17:00",
            ["Triage:LongQueueThreshold"] = "4",
        })
        .Build();

    [Fact]
    public void TheBotAndItsDialogsResolveWithOptionsFromConfiguration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddSingleton(Mock.Of<IReportStore>());
        services.AddSingleton(Mock.Of<IHandoffQueue>());
        services.AddSingleton(Mock.Of<IFeedbackStore>());
        services.AddChatTriageBot(Config(), RepoPaths.Dialogs);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.IsType<ChatTriage.Bot.Bots.TriageBot>(provider.GetRequiredService<IBot>());
        Assert.IsType<NoAgentRelay>(provider.GetRequiredService<IAgentRelay>());
        Assert.NotNull(provider.GetRequiredService<ConversationState>());
        Assert.NotNull(provider.GetRequiredService<UserState>());
        var options = provider.GetRequiredService<IOptions<TriageOptions>>().Value;
        Assert.Equal("https://example.police.uk/privacy", options.PrivacyNoticeUrl);
        Assert.Equal(4, options.LongQueueThreshold);
    }

    [Fact]
    public void AnAgentRelayRegisteredByTheHostIsKept()
    {
        var services = new ServiceCollection();
        var relay = Mock.Of<IAgentRelay>();
        services.AddSingleton(relay);
        services.AddChatTriageBot(Config(), RepoPaths.Dialogs);
        using var provider = services.BuildServiceProvider();
        Assert.Same(relay, provider.GetRequiredService<IAgentRelay>());
    }

    [Fact]
    public void BadlyWrittenOpeningHoursAreRefusedWhenTheOptionsAreRead()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Triage:OpeningHours"] = "8am to 8pm" }).Build();
        var services = new ServiceCollection().AddChatTriageBot(config, RepoPaths.Dialogs);
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TriageOptions>>().Value);
        Assert.Contains("OpeningHours", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidContentStopsRegistrationWithItsPath()
    {
        var empty = Directory.CreateTempSubdirectory("ct-empty-");
        try
        {
            var ex = Assert.Throws<ContentException>(() => new ServiceCollection().AddChatTriageBot(Config(), empty.FullName));
            Assert.StartsWith(empty.FullName, ex.Path, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(true);
        }
    }
}
