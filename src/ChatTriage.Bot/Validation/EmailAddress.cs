using System.Text.RegularExpressions;

namespace ChatTriage.Bot.Validation;

/// <summary>A plausible email address: something@domain.tld, no spaces, at most 254 characters.</summary>
public static partial class EmailAddress
{
    public static bool IsValid(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= 254 && Pattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")]
    private static partial Regex Pattern();
}
