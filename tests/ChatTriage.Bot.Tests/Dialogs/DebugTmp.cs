using ChatTriage.Bot.Tests.Support;
using Xunit.Abstractions;
namespace ChatTriage.Bot.Tests.Dialogs;
public class DebugTmp(ITestOutputHelper output)
{
    [Fact]
    public async Task Dump()
    {
        var storage = new PlainJsonStorage();
        var chat = new ConversationHarness(storage: storage);
        foreach (var m in new[] { "my bike got nicked", "no", "yesterday evening" })
        {
            var t = await chat.SayAsync(m);
            output.WriteLine(">> " + m + "\n" + t.All);
            output.WriteLine(storage.Dump());
        }
    }
}
