using ChatTriage.Bot.Validation;

namespace ChatTriage.Bot.Tests.Validation;

public class UkVehicleRegistrationTests
{
    [Theory]
    [InlineData("AB12 CDE", "AB12 CDE")]
    [InlineData("ab12cde", "AB12 CDE")]
    [InlineData("K123 ABC", "K123 ABC")]
    [InlineData("A1 BCD", "A1 BCD")]
    [InlineData("ABC 123D", "ABC 123D")]
    [InlineData("1 ABC", "1 ABC")]
    [InlineData("ABC 1", "ABC 1")]
    [InlineData("AB 1234", "AB 1234")]
    [InlineData("BFZ 1234", "BFZ 1234")]
    [InlineData("1234 AB", "1234 AB")]
    [InlineData("S 1", "S 1")]
    public void CurrentOlderPersonalisedAndNorthernIrelandMarksAreAccepted(string input, string expected) =>
        Assert.Equal(expected, UkVehicleRegistration.Normalise(input));

    [Theory]
    [InlineData("HELLO WORLD")]
    [InlineData("ABCD 12345")]
    [InlineData("12")]
    [InlineData("A")]
    [InlineData("AB12 CD3")]
    [InlineData("")]
    public void OtherTextIsRefused(string input) => Assert.Null(UkVehicleRegistration.Normalise(input));
}
