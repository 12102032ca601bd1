using System.Text.RegularExpressions;

namespace ChatTriage.Bot.Validation;

/// <summary>UK postcodes: checks a postcode and finds one written inside an address.</summary>
public static partial class UkPostcode
{
    /// <summary>True when <paramref name="text"/> is a well-formed UK postcode (spaces and case do not matter).</summary>
    public static bool IsValid(string? text) =>
        text is not null && Strict().IsMatch(Compact(text));

    /// <summary>"sg51ab" → "SG5 1AB"; null when not a valid postcode.</summary>
    public static string? Normalise(string? text)
    {
        if (!IsValid(text))
        {
            return null;
        }

        var compact = Compact(text!);
        return $"{compact[..^3]} {compact[^3..]}";
    }

    /// <summary>
    /// Looks for something shaped like a postcode in free text. Returns whether one was found and, if so,
    /// whether it is valid; an address without a postcode is fine.
    /// </summary>
    public static (bool Found, bool Valid) Inspect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (false, false);
        }

        var match = Loose().Match(text.ToUpperInvariant());
        return match.Success ? (true, IsValid(match.Value)) : (false, false);
    }

    /// <summary>The first valid postcode written in <paramref name="text"/>, normalised; null when there is none.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Loose().Match(text.ToUpperInvariant());
        return match.Success ? Normalise(match.Value) : null;
    }

    private static string Compact(string text) => Regex.Replace(text.ToUpperInvariant(), @"\s+", string.Empty);

    // The official shape: outward code (area letters + district), then inward code (digit + two letters not C, I, K, M, O, V).
    [GeneratedRegex("^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[0-9][ABD-HJLNP-UW-Z]{2})$")]
    private static partial Regex Strict();

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b")]
    private static partial Regex Loose();
}
