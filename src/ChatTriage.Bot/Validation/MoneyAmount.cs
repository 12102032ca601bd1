using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatTriage.Bot.Validation;

/// <summary>Reads an amount in pounds from "£250", "250.50", "about 1,200 pounds".</summary>
public static partial class MoneyAmount
{
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Number().Match(text.Replace(",", string.Empty, StringComparison.Ordinal));
        return match.Success && decimal.TryParse(match.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0 && amount < 100_000_000m
            ? amount
            : null;
    }

    [GeneratedRegex(@"[0-9]+(\.[0-9]{1,2})?")]
    private static partial Regex Number();
}
