using ChatTriage.Bot.Validation;

namespace ChatTriage.Bot.Dialogs.Fields;

/// <summary>The answer checks the report questions use. Each returns a retry message from content when it fails.</summary>
public static class FieldChecks
{
    public const string NotSure = "not-sure";

    public static Func<string, FieldCheck> Text(int min, int max, string tooShort, string tooLong) =>
        text =>
        {
            var trimmed = text.Trim();
            return trimmed.Length < min ? FieldCheck.Reject(Fill(tooShort, min, max))
                : trimmed.Length > max ? FieldCheck.Reject(Fill(tooLong, min, max))
                : FieldCheck.Accept(trimmed);
        };

    /// <summary>A place in words; a postcode in it must be a real UK postcode.</summary>
    public static Func<string, FieldCheck> Place(string retry, string postcodeRetry, string tooLong) =>
        text =>
        {
            var trimmed = text.Trim();
            if (trimmed.Length < 2)
            {
                return FieldCheck.Reject(retry);
            }

            if (trimmed.Length > 500)
            {
                return FieldCheck.Reject(Fill(tooLong, 2, 500));
            }

            var (found, valid) = UkPostcode.Inspect(trimmed);
            return found && !valid ? FieldCheck.Reject(postcodeRetry) : FieldCheck.Accept(trimmed);
        };

    private static string Fill(string template, int min, int max) =>
        Content.TextTemplate.Fill(template, ("min", min.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)), ("max", max.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));

    public static Func<string, FieldCheck> Contact(string retry) =>
        text => ContactDetail.Normalise(text) is { } contact ? FieldCheck.Accept(contact) : FieldCheck.Reject(retry);

    public static Func<string, FieldCheck> Registration(string retry) =>
        text => UkVehicleRegistration.Normalise(text) is { } registration ? FieldCheck.Accept(registration) : FieldCheck.Reject(retry);

    public static Func<string, FieldCheck> Money(string retry) =>
        text => MoneyAmount.Parse(text) is { } amount
            ? FieldCheck.Accept(amount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : FieldCheck.Reject(retry);
}
