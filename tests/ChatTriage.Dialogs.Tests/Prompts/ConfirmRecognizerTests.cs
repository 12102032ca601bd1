using ChatTriage.Dialogs.Prompts;

namespace ChatTriage.Dialogs.Tests.Prompts;

public class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes")]
    [InlineData("YES!")]
    [InlineData("yeah")]
    [InlineData("yea")]
    [InlineData("yeh")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("aye")]
    [InlineData("y")]
    [InlineData("Y.")]
    [InlineData("ok")]
    [InlineData("OK")]
    [InlineData("okay")]
    [InlineData("sure")]
    [InlineData("correct")]
    [InlineData("that's right")]
    [InlineData("that’s right")]
    [InlineData("thats right")]
    [InlineData("please")]
    [InlineData("yes please")]
    [InlineData("yesss")]
    [InlineData("yeah that's right")]
    [InlineData("yes it was")]
    [InlineData("of course")]
    [InlineData("1")]
    [InlineData("ok thanks")]
    [InlineData("it is")]
    [InlineData("yes, it is happening now")]
    public void ReadsYes(string reply)
    {
        Assert.True(ConfirmRecognizer.Recognize(reply));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("NO")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("n")]
    [InlineData("not really")]
    [InlineData("incorrect")]
    [InlineData("no thanks")]
    [InlineData("no thank you")]
    [InlineData("nooo")]
    [InlineData("that's not right")]
    [InlineData("not correct")]
    [InlineData("it wasn't")]
    [InlineData("no it was not")]
    [InlineData("definitely not")]
    [InlineData("2")]
    [InlineData("no, it was last tuesday")]
    [InlineData("no it is over now")]
    [InlineData("it was not")]
    public void ReadsNo(string reply)
    {
        Assert.False(ConfirmRecognizer.Recognize(reply));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("not sure")]
    [InlineData("I'm not sure")]
    [InlineData("don't know")]
    [InlineData("I don't know")]
    [InlineData("no idea")]
    [InlineData("maybe")]
    [InlineData("yes and no")]
    [InlineData("no please")]
    [InlineData("banana")]
    [InlineData("3")]
    [InlineData("nobody")]
    [InlineData("yesterday")]
    [InlineData("it was last tuesday")]
    [InlineData("sorry im safe now, it was last tuesday")]
    [InlineData("i am at work now")]
    public void ReadsNeitherWhenTheReplyIsUnsureMixedOrUnrelated(string reply)
    {
        Assert.Null(ConfirmRecognizer.Recognize(reply));
    }
}
