using ChatTriage.Web.Hosting;
using Microsoft.Extensions.Configuration;
using ChatTriage.Bot.Content;
using ChatTriage.Web.WebChat;

namespace ChatTriage.Web.Tests.DirectLine;

public sealed class PageTextsLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("page-texts").FullName;

    [Fact]
    public void TheShippedPageFileHasEveryText()
    {
        var texts = PageTextsLoader.Load(new WebChatOptions(), AppContext.BaseDirectory, DialogsFolder.Locate(new ConfigurationBuilder().Build(), AppContext.BaseDirectory));

        Assert.All(PageTextsLoader.Entries(texts), e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Name));
        Assert.Equal("In an emergency call 999", texts.EmergencyLine);
    }

    [Fact]
    public void AMissingTextStopsStartUpNamingTheFileAndText()
    {
        var path = Path.Combine(_folder, "page.yaml");
        File.WriteAllText(path, "heading: Chat with us\n");

        var error = Assert.Throws<ContentException>(() => PageTextsLoader.Load(new WebChatOptions { PageTextsPath = path }, _folder, _folder));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("page_title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKeyStopsStartUpWithItsLine()
    {
        var path = Path.Combine(_folder, "page.yaml");
        File.WriteAllText(path, "heading: Chat with us\nheadline: typo\n");

        var error = Assert.Throws<ContentException>(() => PageTextsLoader.Load(new WebChatOptions { PageTextsPath = path }, _folder, _folder));

        Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
