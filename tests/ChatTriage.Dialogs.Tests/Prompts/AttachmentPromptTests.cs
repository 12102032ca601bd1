using ChatTriage.Dialogs.Prompts;
using ChatTriage.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Tests.Prompts;

public class AttachmentPromptTests
{
    private static DialogTestClient Client(PromptValidator<IList<Attachment>>? validator = null)
        => new(PromptHost.For(
            new AttachmentPrompt("photos", validator),
            () => TestDialogs.Ask("Send a photo.", "Please attach a photo."),
            result => result is IList<Attachment> list ? $"{list.Count} file(s): {string.Join(", ", list.Select(a => a.Name))}" : "none"));

    private static Activity WithFiles(params string[] names)
    {
        var message = (Activity)MessageFactory.Text(string.Empty);
        message.Attachments = names.Select(n => new Attachment("image/jpeg", $"https://files.test/{n}", name: n)).ToList();
        return message;
    }

    [Fact]
    public async Task ReturnsTheAttachmentsSent()
    {
        await Client().Flow()
            .Send("hi").AssertReply("Send a photo.")
            .Send(WithFiles("front.jpg", "back.jpg")).AssertReply("2 file(s): front.jpg, back.jpg")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextWithoutAttachmentsIsRetried()
    {
        await Client().Flow()
            .Send("hi").AssertReply("Send a photo.")
            .Send("here it is").AssertReply("Please attach a photo.")
            .Send(WithFiles("car.jpg")).AssertReply("1 file(s): car.jpg")
            .StartTestAsync();
    }

    [Fact]
    public async Task AValidatorCanAcceptSkipAsNoAttachments()
    {
        var client = Client((pc, ct) =>
        {
            if (!pc.Recognized.Succeeded && pc.Context.Activity.Text?.Trim().Equals("skip", StringComparison.OrdinalIgnoreCase) == true)
            {
                pc.Recognized.Value = new List<Attachment>();
                return Task.FromResult(true);
            }

            return Task.FromResult(pc.Recognized.Succeeded);
        });

        await client.Flow()
            .Send("hi").AssertReply("Send a photo.")
            .Send("Skip").AssertReply("0 file(s): ")
            .StartTestAsync();
    }
}
