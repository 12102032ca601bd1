namespace ChatTriage.Bot.Validation;

/// <summary>An email address or a UK phone number, as the resident gave it, normalised.</summary>
public static class ContactDetail
{
    /// <summary>The normalised email or phone number; null when it is neither.</summary>
    public static string? Normalise(string? text)
    {
        if (EmailAddress.IsValid(text))
        {
            return text!.Trim();
        }

        return UkPhoneNumber.Normalise(text);
    }
}
