using System.Text.RegularExpressions;

namespace ChatTriage.Bot.Validation;

/// <summary>
/// UK registration marks: current (AB12 CDE, since 2001), prefix (A123 BCD), suffix (ABC 123D),
/// dateless and Northern Ireland marks (1 ABC, ABC 1234), which personalised plates also use.
/// </summary>
public static partial class UkVehicleRegistration
{
    public static bool IsValid(string? text) => Normalise(text) is not null;

    /// <summary>"ab12cde" → "AB12 CDE"; null when not a UK registration.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = Regex.Replace(text.ToUpperInvariant(), @"[\s\-]+", string.Empty);
        if (compact.Length is < 2 or > 7)
        {
            return null;
        }

        if (Current().IsMatch(compact))
        {
            return $"{compact[..4]} {compact[4..]}";
        }

        if (Prefix().IsMatch(compact) || Suffix().IsMatch(compact) || DatelessDigitsFirst().IsMatch(compact) || DatelessLettersFirst().IsMatch(compact))
        {
            // Split where letters meet digits for the usual spacing: A123 BCD, ABC 123D, 1 ABC, ABC 1234.
            var split = Prefix().IsMatch(compact) ? compact.Length - 3 : FirstBoundary(compact);
            return split > 0 && split < compact.Length ? $"{compact[..split]} {compact[split..]}" : compact;
        }

        return null;
    }

    private static int FirstBoundary(string s)
    {
        for (var i = 1; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]) != char.IsAsciiDigit(s[i - 1]))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{2}[A-Z]{3}$")]
    private static partial Regex Current();

    [GeneratedRegex("^[A-Z][0-9]{1,3}[A-Z]{3}$")]
    private static partial Regex Prefix();

    [GeneratedRegex("^[A-Z]{3}[0-9]{1,3}[A-Z]$")]
    private static partial Regex Suffix();

    [GeneratedRegex("^[0-9]{1,4}[A-Z]{1,3}$")]
    private static partial Regex DatelessDigitsFirst();

    [GeneratedRegex("^[A-Z]{1,3}[0-9]{1,4}$")]
    private static partial Regex DatelessLettersFirst();
}
