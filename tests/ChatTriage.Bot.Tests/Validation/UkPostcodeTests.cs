using ChatTriage.Bot.Validation;

namespace ChatTriage.Bot.Tests.Validation;

public class UkPostcodeTests
{
    [Theory]
    [InlineData("SG5 1AB", "SG5 1AB")]
    [InlineData("sg51ab", "SG5 1AB")]
    [InlineData("AL1 3TF", "AL1 3TF")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    public void ValidPostcodesAreNormalised(string input, string expected) => Assert.Equal(expected, UkPostcode.Normalise(input));

    [Theory]
    [InlineData("QQ1 1ZZ")]
    [InlineData("SG5 1AC")]
    [InlineData("12345")]
    [InlineData("SG5")]
    [InlineData("")]
    [InlineData("hello")]
    public void InvalidPostcodesAreRefused(string input) => Assert.False(UkPostcode.IsValid(input));

    [Theory]
    [InlineData("12 High Street, Hitchin SG5 1AB", true, true)]
    [InlineData("12 High Street, QQ1 1ZZ", true, false)]
    [InlineData("the car park behind the library", false, false)]
    public void APostcodeInsideAnAddressIsFoundAndChecked(string text, bool found, bool valid) =>
        Assert.Equal((found, valid), UkPostcode.Inspect(text));
}
