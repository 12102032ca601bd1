using ChatTriage.Bot.Validation;

namespace ChatTriage.Bot.Tests.Validation;

public class MoneyAmountTests
{
    [Theory]
    [InlineData("£250", 250)]
    [InlineData("about 1,200 pounds", 1200)]
    [InlineData("99.99", 99.99)]
    public void AmountsInPoundsAreRead(string text, decimal expected) => Assert.Equal(expected, MoneyAmount.Parse(text));

    [Theory]
    [InlineData("lots")]
    [InlineData("")]
    public void TextWithoutANumberIsNotAnAmount(string text) => Assert.Null(MoneyAmount.Parse(text));
}
