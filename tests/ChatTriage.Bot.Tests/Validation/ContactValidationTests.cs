using ChatTriage.Bot.Validation;

namespace ChatTriage.Bot.Tests.Validation;

public class ContactValidationTests
{
    [Theory]
    [InlineData("07700 900123", "07700900123")]
    [InlineData("+44 7700 900123", "07700900123")]
    [InlineData("0044 7700 900123", "07700900123")]
    [InlineData("(01462) 123456", "01462123456")]
    [InlineData("020 7946 0018", "02079460018")]
    [InlineData("0300-123-2040", "03001232040")]
    [InlineData("0800 555 111", "0800555111")]
    public void UkPhoneNumbersAreNormalised(string input, string expected) => Assert.Equal(expected, UkPhoneNumber.Normalise(input));

    [Theory]
    [InlineData("12345")]
    [InlineData("0770 090012")]
    [InlineData("+1 212 555 0100")]
    [InlineData("09012 345678")]
    [InlineData("phone me")]
    [InlineData("")]
    public void OtherNumbersAreRefused(string input) => Assert.Null(UkPhoneNumber.Normalise(input));

    [Theory]
    [InlineData("sam@example.com", true)]
    [InlineData("sam.smith+police@mail.example.co.uk", true)]
    [InlineData("o'neil@example.ie", true)]
    [InlineData("sam@", false)]
    [InlineData("sam@example", false)]
    [InlineData("sam example.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("sam@@example.com", false)]
    public void EmailAddressesAreChecked(string input, bool valid) => Assert.Equal(valid, EmailAddress.IsValid(input));

    [Theory]
    [InlineData("sam@example.com", "sam@example.com")]
    [InlineData("07700 900123", "07700900123")]
    [InlineData("not a contact", null)]
    public void AContactIsAnEmailOrAUkPhone(string input, string? expected) => Assert.Equal(expected, ContactDetail.Normalise(input));
}
